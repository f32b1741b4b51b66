import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionEnrolment } from "@/components/enrolments/session-enrolment";
import { OfferingInterest } from "@/components/interests/offering-interest";
import { ModuleList } from "@/components/trainings/module-list";
import { OfferingFacts } from "@/components/trainings/offering-facts";
import { SessionList } from "@/components/trainings/session-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/markdown/markdown";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getEnrolmentPanels } from "@/lib/enrolments/data";
import { getI18n } from "@/lib/i18n/server";
import { getInterestState } from "@/lib/interests/data";
import { cachedPublishedOffering } from "@/lib/trainings/cached";

// The offering itself comes from the cache (tag offering:<slug>); the
// enrolment and interest controls are the reader's own, so the page is
// rendered per request for now (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/koulutukset/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, offering] = await Promise.all([getI18n(), cachedPublishedOffering(slug)]);
  return { title: offering?.title ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function OfferingPage({ params }: PageProps<"/[locale]/koulutukset/[slug]">) {
  const { slug } = await params;
  const offering = await cachedPublishedOffering(slug);
  if (!offering) notFound();
  const [{ locale, t }, actor] = await Promise.all([getI18n(), getActor()]);
  const upcoming = offering.upcomingSessions.filter((s) => s.status === "SCHEDULED");
  const panels = actor
    ? await getEnrolmentPanels(
        actor,
        upcoming.map((s) => s.id),
      )
    : null;
  const signInHref = `/kirjaudu?callbackUrl=${encodeURIComponent(`/koulutukset/${slug}`)}`;
  const controls = Object.fromEntries(
    upcoming.map((session) => [
      session.id,
      <SessionEnrolment
        key={session.id}
        sessionId={session.id}
        context={formatRange(session.startsAt, session.endsAt, locale)}
        registrationOpen={session.registration === "OPEN"}
        full={session.seatsLeft === 0}
        panel={panels ? panels[session.id] : null}
        signInHref={signInHref}
        t={t}
      />,
    ]),
  );
  const interest = await getInterestState(actor, slug);
  const hasSessions = offering.upcomingSessions.length + offering.pastSessions.length > 0;
  return (
    <>
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
        kind={offering.kind}
        orderable={offering.orderable}
        mayOrder={can(actor, "workshop.order") && !!actor?.libraryId}
        interest={interest}
        t={t}
      />
      <Markdown breaks source={offering.description} headingLevel={2} className="mt-6" />
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
    </>
  );
}
