import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MaterialView } from "@/lib/meetings/data";
import { formatFileSize, linkHost, MATERIAL_TYPES, materialTypeOf } from "@/lib/materials/rules";

/**
 * An agenda item's materials: files download through /api/materials/{id}
 * (which checks who may see them), links open as ordinary links. Each says
 * what it is ("PDF, 1,2 Mt", "linkki, drive.google.com") before it is opened.
 */
export function MaterialList({ materials, t, locale }: { materials: MaterialView[]; t: Translate; locale: Locale }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {materials.map((material) => (
        <li key={material.id}>
          {material.kind === "LINK" ? <LinkMaterial material={material} t={t} /> : null}
          {material.kind === "FILE" ? <FileMaterial material={material} t={t} locale={locale} /> : null}
        </li>
      ))}
    </ul>
  );
}

function LinkMaterial({ material, t }: { material: Extract<MaterialView, { kind: "LINK" }>; t: Translate }) {
  // data.ts already drops anything but http(s) links; a dropped one is shown as text.
  if (!material.url) return <>{material.title}</>;
  const host = linkHost(material.url);
  return (
    <>
      <a href={material.url} rel="noopener noreferrer">
        {material.title}
      </a>{" "}
      <span className="text-gray-700">({host ? t("materials.linkInfo", { host }) : t("materials.linkPlain")})</span>
    </>
  );
}

function FileMaterial({
  material,
  t,
  locale,
}: {
  material: Extract<MaterialView, { kind: "FILE" }>;
  t: Translate;
  locale: Locale;
}) {
  // The stored name's extension always matches the content's type (checked at upload).
  const type = materialTypeOf(material);
  const info = [
    type ? MATERIAL_TYPES[type].label : null,
    material.sizeBytes !== null ? formatFileSize(material.sizeBytes, locale) : null,
  ].filter((part): part is string => part !== null);
  return (
    <>
      <a href={`/api/materials/${material.id}`} download={material.fileName ?? true}>
        {material.title}
      </a>
      {info.length > 0 ? (
        <span className="text-gray-700">
          {" "}
          ({info.length === 2 ? t("materials.fileInfo", { type: info[0]!, size: info[1]! }) : info[0]})
        </span>
      ) : null}
    </>
  );
}
