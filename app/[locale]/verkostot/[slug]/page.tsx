import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { JoinViaChair } from "@/components/networks/join-via-chair";
import { NetworkAnnouncementsSection } from "@/components/networks/network-announcements";
import { NetworkEventsSection } from "@/components/networks/network-events";
import { Alert } from "@/components/ui/alert";
import { MembershipSection } from "@/components/networks/membership-section";
import { NetworkFacts } from "@/components/networks/network-facts";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/markdown/markdown";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { can, canChairNetwork } from "@/lib/auth/policy";
import { decideJoinRequestAction, leaveNetworkAction, requestToJoinAction } from "@/lib/networks/actions";
import { getNetwork, getOwnMembership, listNetworkMembers, listPendingRequests } from "@/lib/networks/data";
import { listAnnouncements } from "@/lib/networks/announcements/data";
import { listNetworkEvents } from "@/lib/networks/events/data";

/** What the forms that come back here with ?tehty= did. */
const DONE_NOTICES = {
  pyydetty: "networks.saved.requested",
  hyvaksytty: "networks.saved.approved",
  hylatty: "networks.saved.declined",
  poistuttu: "networks.saved.left",
  tapahtuma: "networkEvents.created",
  luotu: "networkAdmin.done.created",
  tiedote: "networkAnnouncements.sent",
} as const;

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/verkostot/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, network] = await Promise.all([getI18n(), getNetwork(await getActor(), slug)]);
  return { title: network?.name ?? t("notFound.title") };
}

export default async function NetworkPage({ params, searchParams }: PageProps<"/[locale]/verkostot/[slug]">) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const network = await getNetwork(actor, slug);
  if (!network) notFound();
  const [{ t, locale }, own, pending, members, events, announcements] = await Promise.all([
    getI18n(),
    getOwnMembership(actor, network.id),
    listPendingRequests(actor, network.id),
    listNetworkMembers(actor, network.id),
    listNetworkEvents(network.id),
    listAnnouncements(actor, network.id),
  ]);
  const chairs = canChairNetwork(actor, own);
  const done =
    typeof query.tehty === "string" && Object.hasOwn(DONE_NOTICES, query.tehty)
      ? DONE_NOTICES[query.tehty as keyof typeof DONE_NOTICES]
      : null;
  return (
    <>
      <p className="mb-4">
        <Link href="/verkostot">{t("networks.backToList")}</Link>
      </p>
      <PageHeader
        title={network.name}
        lead={network.description ? <span lang="fi">{network.description}</span> : undefined}
      />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">{t(done)}</Alert>
        </div>
      ) : null}
      <div className="mb-6">
        <NetworkFacts network={network} t={t} />
      </div>
      {actor ? null : <JoinViaChair t={t} />}
      <MembershipSection
        network={network}
        signedIn={!!actor}
        mayJoin={can(actor, "network.requestJoin")}
        own={own}
        pending={pending}
        members={members}
        actions={{ join: requestToJoinAction, leave: leaveNetworkAction, decide: decideJoinRequestAction }}
        text={pickText(t, ["networks."])}
        t={t}
      />
      <NetworkAnnouncementsSection
        slug={network.slug}
        announcements={announcements}
        mayPost={chairs}
        t={t}
        locale={locale}
      />
      <NetworkEventsSection slug={network.slug} events={events} mayCreate={chairs} t={t} locale={locale} />
      <section aria-labelledby="pelikirja">
        <h2 id="pelikirja" className="mb-3 text-2xl font-bold text-brand-900">
          {t("networks.playbookTitle")}
        </h2>
        {network.playbook?.trim() ? (
          <Markdown breaks source={network.playbook} headingLevel={3} lang="fi" />
        ) : (
          <p>{t("networks.playbookEmpty")}</p>
        )}
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          {chairs ? (
            <>
              <Link href={`/verkostot/${network.slug}/muokkaa`}>{t("networksPlaybook.edit")}</Link>
              <Link href={`/verkostot/${network.slug}/hallinta`}>{t("networkAdmin.manage")}</Link>
            </>
          ) : null}
          <Link href={`/verkostot/${network.slug}/pelikirja/historia`}>{t("networksPlaybook.history")}</Link>
        </p>
      </section>
    </>
  );
}
