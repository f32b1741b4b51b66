import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { translateKey, type Translate } from "@/lib/i18n/translate";
import { getOwnData } from "@/lib/users/own-data/data";
import { OWN_DATA_SECTIONS, OWN_DATA_VALUE_LABELS } from "@/lib/users/own-data/sections";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("ownData.title") };
}

/**
 * A stored value as text: dates and times as the rest of the app writes them,
 * yes/no and enum values in words (`labels`: the message-key prefix of the
 * field's values), nested rows as JSON (the download has every value as stored).
 */
function shown(value: unknown, t: Translate, labels?: string): string {
  if (value === null || value === undefined) return "–";
  if (value instanceof Date) return formatDateTime(value, t.locale);
  if (typeof value === "boolean") return t(value ? "ownData.yes" : "ownData.no");
  if (labels && typeof value === "string") return translateKey(t, labels + value, value) ?? value;
  if (labels && Array.isArray(value)) return value.map((item) => shown(item, t, labels)).join(", ");
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

const valueLabels: Record<string, string> = OWN_DATA_VALUE_LABELS;

function Fields({ section, row, t }: { section: string; row: Record<string, unknown>; t: Translate }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr]">
      {Object.entries(row).map(([key, value]) => (
        <div key={key} className="contents">
          {/* The stored name stands in for a field that has no label yet (tests/integration/own-data.test.ts asks for one). */}
          <dt className="font-semibold">{translateKey(t, `ownData.field.${key}`, key)}</dt>
          <dd className="break-all">{shown(value, t, valueLabels[`${section}.${key}`])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything the app holds about the signed-in person (issue 11, GDPR), and its download. */
export default async function AllMyDataPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/omat-tiedot/kaikki-tiedot");
  const data = await getOwnData(actor);
  if (!data) redirect("/kirjaudu");
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/omat-tiedot">{t("ownData.back")}</Link>
      </p>
      <PageHeader title={t("ownData.title")} lead={t("ownData.lead")} />
      <p className="mb-8">
        <a href="/api/me/export" download className="font-semibold">
          {t("ownData.download")}
        </a>
      </p>
      <section aria-labelledby="own-profile" className="mb-8">
        <h2 id="own-profile" className="mb-2 text-2xl font-bold text-brand-900">
          {t("ownData.profile")}
        </h2>
        <Fields section="profile" row={data.profile} t={t} />
      </section>
      {OWN_DATA_SECTIONS.map((section) => {
        const rows = data[section] as Record<string, unknown>[];
        return (
          <section key={section} aria-labelledby={`own-${section}`} className="mb-8">
            <h2 id={`own-${section}`} className="mb-2 text-xl font-bold text-brand-900">
              {t(`ownData.section.${section}`)}{" "}
              <span className="text-base font-normal">({t("ownData.count", { count: rows.length })})</span>
            </h2>
            {rows.length === 0 ? (
              <p>{t("ownData.none")}</p>
            ) : (
              <ol className="space-y-3">
                {rows.map((row, i) => (
                  <li key={i} className="rounded border border-gray-300 p-3">
                    <Fields section={section} row={row} t={t} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}
