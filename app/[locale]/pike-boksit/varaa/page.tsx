import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { DateSearchForm } from "@/components/kits/reservations/date-search-form";
import { FreeKitList } from "@/components/kits/reservations/free-kit-list";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/http/form";
import { getI18n } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate";
import { formatDayRange, today } from "@/lib/dates/days";
import { reserveKitAction } from "@/lib/kits/reservations/actions";
import { findFreeKitsPage, listReservingLibraries } from "@/lib/kits/reservations/data";
import { rangeRefusal } from "@/lib/kits/reservations/rules";
import { freeKitsSearchSchema } from "@/lib/kits/reservations/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kitReservations.search.title") };
}

// Only the texts the reserve form shows travel to the browser.
const RESERVE_FORM_TEXT = [
  "kitReservations.field.",
  "kitReservations.validation.",
  "kitReservations.error.",
  "kitReservations.reserve.",
  "kitReservations.search.kitLegend",
];

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ReserveByDatesPage({ searchParams }: PageProps<"/[locale]/pike-boksit/varaa">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/pike-boksit/varaa");
  const { t } = await getI18n();
  const query = await searchParams;
  const values = { alku: one(query.alku), loppu: one(query.loppu) };
  const page = Number.parseInt(one(query.sivu), 10) || 1;
  const searched = values.alku !== "" || values.loppu !== "";
  const mayReserve = can(actor, "kit.requestReservation");

  let errors: Record<string, string> = {};
  let range: { startDate: string; endDate: string } | null = null;
  if (searched) {
    const parsed = freeKitsSearchSchema.safeParse(values);
    if (!parsed.success) {
      errors = fieldErrorsOf(parsed.error);
    } else {
      const wanted = { startDate: parsed.data.alku, endDate: parsed.data.loppu };
      const refusal = rangeRefusal(wanted, today());
      if (refusal) errors = { [refusal.field === "startDate" ? "alku" : "loppu"]: refusal.key };
      else range = wanted;
    }
  }
  const translated = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, translateKey(t, v) ?? v]));
  const [result, libraries] = range
    ? await Promise.all([findFreeKitsPage(actor, range, page), listReservingLibraries(actor)])
    : [null, []];

  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit">{t("kits.backToList")}</Link> ·{" "}
        <Link href="/pike-boksit/varaukset">{t("kitReservations.link.reservations")}</Link>
      </p>
      <PageHeader title={t("kitReservations.search.title")} lead={t("kitReservations.search.lead")} />
      {!mayReserve ? (
        <Alert>{t("kitReservations.search.noRights")}</Alert>
      ) : (
        <DateSearchForm values={values} errors={translated} t={t} />
      )}
      {range && result ? (
        <section aria-labelledby="vapaat" className="mt-8">
          <h2 id="vapaat" className="mb-2 text-2xl font-bold text-brand-900">
            {t("kitReservations.search.results", { period: formatDayRange(range) })}
          </h2>
          <p className="mb-4" role="status">
            {t("kitReservations.search.resultsCount", { count: result.freeTotal })}
          </p>
          <FreeKitList
            result={result}
            range={range}
            query={values}
            libraries={libraries}
            action={reserveKitAction}
            text={pickText(t, RESERVE_FORM_TEXT)}
            t={t}
          />
        </section>
      ) : null}
    </>
  );
}
