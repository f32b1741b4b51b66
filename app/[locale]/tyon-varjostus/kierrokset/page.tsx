import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Day } from "@/components/exchanges/day";
import { MoveRoundForm } from "@/components/exchanges/round-forms";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { moveRoundAction } from "@/lib/exchanges/rounds/actions";
import { listManagedRounds } from "@/lib/exchanges/rounds/data";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

const NEXT = { DRAFT: "OPEN", OPEN: "CLOSED", CLOSED: "ARCHIVED", ARCHIVED: null } as const;
const DONE = ["luotu", "avattu", "suljettu", "arkistoitu"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeRounds.title") };
}

export default async function ExchangeRoundsPage({ searchParams }: PageProps<"/[locale]/tyon-varjostus/kierrokset">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/kierrokset");
  const [rounds, { t }, query] = await Promise.all([listManagedRounds(actor), getI18n(), searchParams]);
  if (!rounds) notFound();
  const done = DONE.find((key) => key === query.tehty);
  const text = pickText(t, ["exchangeRounds."]);
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus">{t("exchanges.title")}</Link>
      </p>
      <PageHeader title={t("exchangeRounds.title")} lead={t("exchangeRounds.lead")} />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">{t(`exchangeRounds.done.${done}`)}</Alert>
        </div>
      ) : null}
      <p className="mb-6">
        <Link
          href="/tyon-varjostus/kierrokset/uusi"
          className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
        >
          {t("exchangeRounds.new")}
        </Link>
      </p>
      {rounds.length === 0 ? (
        <p>{t("exchangeRounds.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {rounds.map((round) => {
            const next = NEXT[round.status];
            return (
              <li key={round.id} id={`kierros-${round.id}`} className="rounded border border-gray-300 p-4">
                <h2 className="text-xl font-semibold" lang="fi">
                  {round.title} ({round.year})
                </h2>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("exchangeRounds.status")}</dt>
                  <dd>{t(`exchangeRounds.status.${round.status}`)}</dd>
                  <dt className="font-semibold">{t("exchangeRounds.offerWindow")}</dt>
                  <dd>
                    <Day date={round.offerOpensAt} />–<Day date={round.offerClosesAt} />
                  </dd>
                  <dt className="font-semibold">{t("exchangeRounds.applicationWindow")}</dt>
                  <dd>
                    <Day date={round.applicationOpensAt} />–<Day date={round.applicationClosesAt} />
                  </dd>
                  <dt className="font-semibold">{t("exchangeRounds.visitPeriod")}</dt>
                  <dd>
                    <Day date={round.visitStartsOn} />–<Day date={round.visitEndsOn} />
                  </dd>
                </dl>
                <p className="mt-2">
                  {t("exchangeRounds.counts", { offers: round.offers, applications: round.applications })}
                </p>
                <p className="mt-2">
                  <Link href={`/tyon-varjostus/kierrokset/${round.id}`} className="inline-flex min-h-11 items-center">
                    {t("exchangeFigures.link", { round: `${round.title} (${round.year})` })}
                  </Link>
                </p>
                {next ? (
                  <div className="mt-3">
                    <MoveRoundForm
                      action={moveRoundAction}
                      roundId={round.id}
                      to={next}
                      round={`${round.title} (${round.year})`}
                      text={text}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
