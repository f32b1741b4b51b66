import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MaterialView } from "@/lib/meetings/data";

// Files are listed by name and size only until the download route exists.
export function MaterialList({ materials, t, locale }: { materials: MaterialView[]; t: Translate; locale: Locale }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {materials.map((material) => (
        <li key={material.id}>
          {material.kind === "LINK" ? (
            material.url ? (
              <a href={material.url} rel="noopener noreferrer">
                {material.title}
              </a>
            ) : (
              material.title
            )
          ) : (
            <>
              {material.title}
              {material.fileName && material.fileName !== material.title ? ` – ${material.fileName}` : null}
              {material.sizeBytes !== null ? (
                <span className="text-gray-700">
                  {" "}
                  ({t("meetings.materialFile", { size: formatSize(material.sizeBytes, locale) })})
                </span>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function formatSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}
