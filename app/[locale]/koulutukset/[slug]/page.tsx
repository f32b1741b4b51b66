import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { enrolmentControlLabels } from "@/components/enrolments/enrolment-labels";
import { Markdown } from "@/components/markdown/markdown";
import { ModuleList } from "@/components/trainings/module-list";
import { OfferingFacts } from "@/components/trainings/offering-facts";
import { OfferingInterest, OfferingPersonalProvider, SessionEnrolment } from "@/components/trainings/offering-personal";
import { SessionList } from "@/components/trainings/session-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { offeringTag } from "@/lib/cache/tags";
import { formatDate, formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";
import { cachedPublishedOffering } from "@/lib/trainings/cached";

// Rendered on a page's first request, then served from the cache until a
// change to the offering, its sessions or seats invalidates offering:<slug>.
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/koulutukset/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, offering] = await Promise.all([getI18n(), cachedPublishedOffering(slug)]);
  return { title: offering?.title ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function OfferingPage({ params }: PageProps<"/[locale]/koulutukset/[slug]">) {
  const { slug } = await params;
  return <CachedOffering slug={slug} />;
}

/**
 * The same for every reader; their own enrolments, interest and order link
 * come from /api/me/offerings/{slug} (components/trainings/offering-personal).
 */
async function CachedOffering({ slug }: { slug: string }) {
  "use cache";
  cacheTag(offeringTag(slug));
  cacheLife("minutes");
  const offering = await cachedPublishedOffering(slug);
  if (!offering) notFound();
  const { locale, t } = await getI18n();
  const upcoming = offering.upcomingSessions.filter((s) => s.status === "SCHEDULED");
  const signInHref = `/kirjaudu?callbackUrl=${encodeURIComponent(`/koulutukset/${slug}`)}`;
  const enrolmentText = {
    signInToEnrol: t("enrolments.signInToEnrol"),
    notEligibleLibrary: t("enrolments.notEligibleLibrary", { library: "{library}" }),
    noLibrary: t("enrolments.refused.NO_LIBRARY"),
  };
  const controls = Object.fromEntries(
    upcoming.map((session) => [
      session.id,
      <SessionEnrolment
        key={session.id}
        sessionId={session.id}
        context={formatRange(session.startsAt, session.endsAt, locale)}
        registrationOpen={session.registration === "OPEN"}
        signInHref={signInHref}
        labels={enrolmentControlLabels(t, { full: session.seatsLeft === 0 })}
        text={enrolmentText}
      />,
    ]),
  );
  const hasSessions = offering.upcomingSessions.length + offering.pastSessions.length > 0;
  return (
    <OfferingPersonalProvider slug={slug}>
      <p className="mb-4">
        <Link href="/koulutukset">{t("trainings.back")}</Link>
      </p>
      <PageHeader title={offering.title} lead={offering.summary ?? undefined} />
      <OfferingFacts offering={offering} t={t} locale={locale} />
      {offering.orderable ? (
        <p className="mt-4">
          <Badge tone="info">{t("trainings.orderable")}</Badge>
        </p>
      ) : null}
      <OfferingInterest
        slug={offering.slug}
        selfPaced={offering.kind === "PROGRAMME" || offering.kind === "KIT"}
        text={pickText(t, ["interest.", "orders.orderLink"])}
      />
      <Markdown breaks source={offering.description} headingLevel={2} className="mt-6" />
      {offering.kind === "PROGRAMME" && offering.modules.length > 0 ? (
        <section aria-labelledby="eteneminen" className="mt-8 rounded border border-gray-300 bg-brand-50 p-4">
          <h2 id="eteneminen" className="text-xl font-bold text-brand-900">
            {t("programmes.offering.ownProgress")}
          </h2>
          {offering.deadline ? (
            <p className="mt-1">{t("programmes.offering.deadline", { date: formatDate(offering.deadline) })}</p>
          ) : null}
          <p className="mt-1">{t("programmes.offering.ownProgressHint")}</p>
          <p className="mt-3">
            <Link
              href={`/koulutukset/${offering.slug}/eteneminen`}
              className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              {t("programmes.offering.ownProgress")}
            </Link>
          </p>
        </section>
      ) : null}
      {offering.kind === "MENTORING" ? (
        <section aria-labelledby="ilmoittautuminen" className="mt-8 rounded border border-gray-300 bg-brand-50 p-4">
          <h2 id="ilmoittautuminen" className="text-xl font-bold text-brand-900">
            {t("mentoring.offering.title")}
          </h2>
          <p className="mt-1">{t("mentoring.offering.lead")}</p>
          {offering.deadline ? (
            <p className="mt-1">{t("mentoring.offering.deadline", { date: formatDate(offering.deadline) })}</p>
          ) : null}
          <p className="mt-3">
            <Link
              href={`/koulutukset/${offering.slug}/ilmoittautuminen`}
              className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              {t("mentoring.offering.link")}
            </Link>
          </p>
        </section>
      ) : null}
      {offering.modules.length > 0 ? (
        <section aria-labelledby="osiot" className="mt-8">
          <h2 id="osiot" className={H2}>
            {t("trainings.modules")}
          </h2>
          <ModuleList modules={offering.modules} t={t} />
        </section>
      ) : null}
      {offering.kind === "KIT" ? (
        <p className="mt-6">
          <Link href="/pike-boksit">{t("trainings.kitsLink")}</Link>
        </p>
      ) : null}
      {/* Self-paced programmes and kits have no sessions to list. */}
      {!hasSessions && (offering.kind === "PROGRAMME" || offering.kind === "KIT") ? null : (
        <section aria-labelledby="tulevat" className="mt-8">
          <h2 id="tulevat" className={H2}>
            {t("trainings.sessionsUpcoming")}
          </h2>
          {offering.upcomingSessions.length === 0 ? (
            <p>{t(offering.orderable ? "trainings.noUpcomingOrderable" : "trainings.noUpcomingSessions")}</p>
          ) : (
            <SessionList sessions={offering.upcomingSessions} controls={controls} t={t} locale={locale} />
          )}
        </section>
      )}
      {offering.pastSessions.length > 0 ? (
        <section aria-labelledby="menneet" className="mt-8">
          <h2 id="menneet" className={H2}>
            {t("trainings.sessionsPast")}
          </h2>
          <SessionList sessions={offering.pastSessions} past t={t} locale={locale} />
        </section>
      ) : null}
    </OfferingPersonalProvider>
  );
}
