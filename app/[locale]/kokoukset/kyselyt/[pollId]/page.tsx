import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AnswerForm } from "@/components/polls/answer-form";
import { optionLabel } from "@/components/polls/format";
import { AddOptionForm, ConvertForm, PollStateForms, RemoveOptionsForm } from "@/components/polls/poll-admin-forms";
import { AnswersTable, ResultsTable } from "@/components/polls/poll-results";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatRange, isoInstant } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getPollForActor } from "@/lib/polls/data";
import { displayName } from "@/lib/users/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/kokoukset/kyselyt/[pollId]">): Promise<Metadata> {
  const { pollId } = await params;
  const [{ t }, poll] = await Promise.all([getI18n(), getPollForActor(await getActor(), pollId)]);
  return { title: poll?.title ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const H3 = "mb-2 text-xl font-bold text-brand-900";

export default async function PollPage({ params, searchParams }: PageProps<"/[locale]/kokoukset/kyselyt/[pollId]">) {
  const { pollId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kokoukset/kyselyt/${encodeURIComponent(pollId)}`);
  const poll = await getPollForActor(actor, pollId);
  if (!poll) notFound();
  const [{ locale, t }, query] = await Promise.all([getI18n(), searchParams]);
  const text = pickText(t, ["polls."]);
  const options = poll.options.map((option) => ({ id: option.id, label: optionLabel(option, locale) }));

  return (
    <>
      <p className="mb-4">
        <Link href="/kokoukset/kyselyt">{t("polls.backToList")}</Link>
      </p>
      <PageHeader title={poll.title} lead={poll.description ?? undefined}>
        <p className="mt-3">
          <Badge tone={poll.isOpen ? "info" : "neutral"}>
            {t(poll.isOpen ? "polls.status.open" : "polls.status.closed")}
          </Badge>
        </p>
        <ul className="mt-3 space-y-1">
          {poll.isOpen ? (
            <li>
              {poll.closesAt
                ? t("polls.detail.closesAt", { date: formatDateTime(poll.closesAt, locale) })
                : t("polls.detail.noClosingTime")}
            </li>
          ) : poll.closesAt && poll.closedByDeadline ? (
            <li>{t("polls.detail.closedAt", { date: formatDateTime(poll.closesAt, locale) })}</li>
          ) : null}
          {poll.forMeeting ? (
            <li>
              {t("polls.detail.forMeeting")}{" "}
              <Link href={`/kokoukset/${poll.forMeeting.id}`}>{poll.forMeeting.title}</Link>
            </li>
          ) : null}
          {poll.createdBy ? (
            <li className="text-gray-800">
              {t("polls.detail.createdBy", { name: displayName(poll.createdBy, t), date: formatDate(poll.createdAt) })}
            </li>
          ) : null}
        </ul>
      </PageHeader>

      {query.uusi === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("polls.detail.created")}</Alert>
        </div>
      ) : null}
      {poll.converted ? (
        <div className="mb-6">
          <Alert>
            {poll.chosenMeeting ? (
              <>
                {t("polls.detail.chosen")}{" "}
                <Link href={`/kokoukset/${poll.chosenMeeting.id}`}>{poll.chosenMeeting.title}</Link>,{" "}
                <time dateTime={isoInstant(poll.chosenMeeting.startsAt)}>
                  {formatRange(poll.chosenMeeting.startsAt, poll.chosenMeeting.endsAt, locale)}
                </time>
              </>
            ) : (
              t("polls.list.chosenHidden")
            )}
          </Alert>
        </div>
      ) : null}

      <section aria-labelledby="tulokset" className="mb-8">
        <h2 id="tulokset" className={H2}>
          {t("polls.results.heading")}
        </h2>
        <ResultsTable poll={poll} t={t} locale={locale} />
      </section>

      <section aria-labelledby="oma-vastaus" className="mb-8">
        <h2 id="oma-vastaus" className={H2}>
          {t("polls.form.heading")}
        </h2>
        {poll.isOpen ? (
          <>
            <p className="mb-4 max-w-2xl">{t("polls.form.intro")}</p>
            <AnswerForm pollId={poll.id} options={options} myAnswers={poll.myAnswers} text={text} />
          </>
        ) : (
          <p className="max-w-2xl rounded border-l-4 border-gray-600 bg-gray-100 p-4">{t("polls.form.closedNote")}</p>
        )}
      </section>

      <section aria-labelledby="henkiloittain" className="mb-8">
        <h2 id="henkiloittain" className={H2}>
          {t("polls.answers.heading")}
        </h2>
        <AnswersTable poll={poll} actorId={actor.id} t={t} locale={locale} />
      </section>

      {poll.canManage ? (
        <section aria-labelledby="hallinta" className="mb-8 space-y-8">
          <h2 id="hallinta" className={H2}>
            {t("polls.manage.heading")}
          </h2>
          {!poll.converted ? (
            <section aria-labelledby="tee-kokous">
              <h3 id="tee-kokous" className={H3}>
                {t("polls.convert.heading")}
              </h3>
              <p className="mb-4 max-w-2xl">{t("polls.convert.intro")}</p>
              <ConvertForm pollId={poll.id} options={options} bestOptionId={poll.bestOptionId} text={text} />
            </section>
          ) : null}
          <section aria-labelledby="vaihtoehdot">
            <h3 id="vaihtoehdot" className={H3}>
              {t("polls.options.heading")}
            </h3>
            {!poll.isOpen ? (
              <p>{t("polls.options.closedNote")}</p>
            ) : (
              <div className="space-y-6">
                <RemoveOptionsForm
                  pollId={poll.id}
                  options={
                    poll.canRemoveOptions
                      ? options.map((option) => ({ ...option, answerCount: poll.answerCounts[option.id] ?? 0 }))
                      : []
                  }
                  emptyNote={t("polls.options.minNote")}
                  text={text}
                />
                <div>
                  <h4 className="mb-2 text-lg font-bold text-brand-900">{t("polls.options.addHeading")}</h4>
                  <AddOptionForm pollId={poll.id} text={text} />
                </div>
              </div>
            )}
          </section>
          <section aria-labelledby="tila">
            <h3 id="tila" className={H3}>
              {t("polls.state.heading")}
            </h3>
            {poll.converted ? (
              <p>{t("polls.convertedNote")}</p>
            ) : (
              <PollStateForms pollId={poll.id} isOpen={poll.isOpen} text={text} />
            )}
          </section>
        </section>
      ) : null}
    </>
  );
}
