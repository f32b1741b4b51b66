import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ManagedMaterial } from "@/lib/materials/data";
import { formatFileSize, linkHost, MATERIAL_TYPES, materialTypeOf } from "@/lib/materials/rules";
import { displayName } from "@/lib/users/rules";

/**
 * One agenda item's materials as coordinators see them: what each is, who
 * sees it, who added it, and (until the minutes are approved) a way to remove it.
 */
export function ManagedMaterialList({
  meetingId,
  materials,
  editable,
  t,
  locale,
}: {
  meetingId: string;
  materials: ManagedMaterial[];
  editable: boolean;
  t: Translate;
  locale: Locale;
}) {
  if (materials.length === 0) return <p className="text-gray-700">{t("materials.none")}</p>;
  return (
    <ul className="divide-y divide-gray-300 border-y border-gray-300">
      {materials.map((material) => (
        <li key={material.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
          <div className="min-w-0 flex-1 break-words">
            <p>
              <MaterialLink material={material} />{" "}
              <span className="text-gray-700">({describeMaterial(material, t, locale)})</span>
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
              {material.visibility === "COORDINATORS" ? (
                <Badge tone="info">{t("materials.visibilityBadge")}</Badge>
              ) : null}
              <span>
                {material.uploadedBy
                  ? t("materials.meta.addedBy", {
                      name: displayName(material.uploadedBy, t),
                      date: formatDateTime(material.createdAt, locale),
                    })
                  : t("materials.meta.added", { date: formatDateTime(material.createdAt, locale) })}
              </span>
            </p>
          </div>
          {editable ? (
            <Link
              href={`/kokoukset/${meetingId}/materiaalit/${material.id}/poista`}
              className="inline-flex min-h-11 items-center rounded border border-red-800 px-3 py-1 font-semibold text-red-800 no-underline hover:bg-red-50"
            >
              {t("materials.remove")}
              <span className="sr-only"> {t("materials.removeWhat", { title: material.title })}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MaterialLink({ material }: { material: ManagedMaterial }) {
  if (material.kind === "FILE") {
    return (
      <a href={`/api/materials/${material.id}`} download={material.fileName ?? true}>
        {material.title}
      </a>
    );
  }
  return material.url && linkHost(material.url) ? (
    <a href={material.url} rel="noopener noreferrer">
      {material.title}
    </a>
  ) : (
    <>{material.title}</>
  );
}

/** "PDF, 1,2 Mt · tiedosto budjetti.pdf" or "linkki, drive.google.com". */
function describeMaterial(material: ManagedMaterial, t: Translate, locale: Locale): string {
  if (material.kind === "LINK") {
    const host = linkHost(material.url);
    return host ? t("materials.linkInfo", { host }) : t("materials.linkPlain");
  }
  const type = materialTypeOf(material);
  const size = material.sizeBytes !== null ? formatFileSize(material.sizeBytes, locale) : null;
  const info =
    type && size
      ? t("materials.fileInfo", { type: MATERIAL_TYPES[type].label, size })
      : type
        ? MATERIAL_TYPES[type].label
        : size;
  const name = material.fileName ? t("materials.fileOf", { name: material.fileName }) : null;
  return [info, name].filter(Boolean).join(" · ");
}
