import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { UsageComments, UsageTable } from "@/components/kits/usage/usage-tables";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { formatDayRange, today } from "@/lib/dates/days";
import { getKitUsage } from "@/lib/kits/usage/data";
import { defaultPeriod, parsePeriod } from "@/lib/kits/usage/rules";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kitsUsage.page.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const INPUT = "mt-1 block min-h-11 w-44 rounded border border-gray-600 px-3 py-2";

export default async function KitUsagePage({ searchParams }: PageProps<"/[locale]/pike-boksit/kaytto">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/pike-boksit/kaytto");
  // Coordinators and admins only; to others the page does not exist.
  if (!can(actor, "export.read")) notFound();
  const { from, to } = await searchParams;
  const day = today();
  const parsed = parsePeriod(from, to, day);
  const period = parsed.ok ? parsed.period : defaultPeriod(day);
  const [{ t }, usage] = await Promise.all([getI18n(), parsed.ok ? getKitUsage(actor, period) : Promise.resolve(null)]);
  const error = parsed.ok ? null : parsed;
  const shown = (v: unknown, fallback: string) => (typeof v === "string" ? v : fallback);
  const query = `from=${period.startDate}&to=${period.endDate}`;
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit/varaukset">{t("kitReservations.link.reservations")}</Link>
      </p>
      <PageHeader title={t("kitsUsage.page.title")} lead={t("kitsUsage.page.lead")} />
      <form method="get" className="mb-6" noValidate>
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{t("kitsUsage.period.legend")}</legend>
          {(["from", "to"] as const).map((field) => {
            const invalid = error?.field === field;
            return (
              <div key={field}>
                <label htmlFor={`kaytto-${field}`} className="font-semibold">
                  {t(`kitsUsage.period.${field}`)}
                </label>
                <p id={`kaytto-${field}-hint`} className="text-sm text-gray-700">
                  {t("kitsUsage.period.hint")}
                </p>
                <input
                  id={`kaytto-${field}`}
                  name={field}
                  type="text"
                  inputMode="numeric"
                  className={INPUT}
                  defaultValue={shown(
                    field === "from" ? from : to,
                    field === "from" ? period.startDate : period.endDate,
                  )}
                  aria-invalid={invalid || undefined}
                  aria-describedby={`kaytto-${field}-hint${invalid ? ` kaytto-${field}-error` : ""}`}
                />
                {invalid ? (
                  <p id={`kaytto-${field}-error`} className="mt-1 font-semibold text-red-800">
                    {t(error.key as Parameters<typeof t>[0])}
                  </p>
                ) : null}
              </div>
            );
          })}
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t("kitsUsage.period.submit")}
          </button>
        </fieldset>
      </form>
      {usage ? (
        <>
          <p className="mb-4 text-lg">{t("kitsUsage.period.shown", { period: formatDayRange(usage.period) })}</p>
          <p className="mb-6 flex flex-wrap gap-4">
            <a href={`/api/exports/kits/usage.xlsx?${query}`} download>
              {t("kitsUsage.export.xlsx")}
            </a>
            <a href={`/api/exports/kits/usage.csv?${query}`} download>
              {t("kitsUsage.export.csv")}
            </a>
          </p>
          {usage.byKit.length === 0 ? (
            <p>{t("kitsUsage.empty")}</p>
          ) : (
            <>
              <section aria-labelledby="kaytto-boksit" className="mt-8">
                <h2 id="kaytto-boksit" className={H2}>
                  {t("kitsUsage.byKit")}
                </h2>
                <UsageTable
                  rows={usage.byKit}
                  totals={usage.totals}
                  nameHeader={t("kitsUsage.col.kit")}
                  caption={t("kitsUsage.byKit")}
                  t={t}
                />
              </section>
              <section aria-labelledby="kaytto-kirjastot" className="mt-8">
                <h2 id="kaytto-kirjastot" className={H2}>
                  {t("kitsUsage.byLibrary")}
                </h2>
                <UsageTable
                  rows={usage.byLibrary}
                  totals={usage.totals}
                  nameHeader={t("kitsUsage.col.library")}
                  caption={t("kitsUsage.byLibrary")}
                  t={t}
                />
              </section>
            </>
          )}
          <section aria-labelledby="kaytto-palaute" className="mt-8">
            <h2 id="kaytto-palaute" className={H2}>
              {t("kitsUsage.comments.title")}
            </h2>
            <UsageComments comments={usage.comments} t={t} />
          </section>
        </>
      ) : null}
    </>
  );
}
