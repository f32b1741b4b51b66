import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { ChairForm, RemoveMemberForm } from "@/components/networks/network-admin-forms";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getActor } from "@/lib/auth/session";
import { formatDate, isoInstant } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import {
  appointChairAction,
  archiveNetworkAction,
  removeChairAction,
  removeMemberAction,
} from "@/lib/networks/actions";
import { getNetworkAdmin } from "@/lib/networks/admin/data";

// Per request: reads the session (ADR 17); the network's chairs and coordinators only (others: 404).
export const instant = false;

/** What the forms that come back here with ?tehty= did. */
const DONE_NOTICES = {
  poistettu: "networkAdmin.done.removed",
  nimetty: "networkAdmin.done.appointed",
  vapautettu: "networkAdmin.done.chairEnded",
} as const;

type Props = PageProps<"/[locale]/verkostot/[slug]/hallinta">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const admin = await getNetworkAdmin(await getActor(), slug);
  return { title: admin ? t("networkAdmin.manageTitle", { network: admin.network.name }) : t("notFound.title") };
}

export default async function NetworkAdminPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/verkostot/${encodeURIComponent(slug)}/hallinta`);
  const [{ t }, admin] = await Promise.all([getI18n(), getNetworkAdmin(actor, slug)]);
  if (!admin) notFound();
  const { network } = admin;
  const done =
    typeof query.tehty === "string" && Object.hasOwn(DONE_NOTICES, query.tehty)
      ? DONE_NOTICES[query.tehty as keyof typeof DONE_NOTICES]
      : null;
  const text = pickText(t, ["networkAdmin.", "networks.error."]);
  const common = { networkId: network.id, slug: network.slug, text };
  return (
    <>
      <p className="mb-4">
        <Link href={`/verkostot/${network.slug}`}>{network.name}</Link>
      </p>
      <PageHeader
        title={t("networkAdmin.manageTitle", { network: network.name })}
        lead={t("networkAdmin.manageLead")}
      />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">{t(done)}</Alert>
        </div>
      ) : null}
      {admin.pending > 0 ? (
        <p className="mb-4">
          <Link href={`/verkostot/${network.slug}`}>{t("networkAdmin.pending", { count: admin.pending })}</Link>
        </p>
      ) : null}

      <section aria-labelledby="jasenet" className="mb-8">
        <h2 id="jasenet" className="mb-3 text-2xl font-bold text-brand-900">
          {t("networkAdmin.members")}
        </h2>
        <ScrollRegion labelledBy="jasenet">
          <table className="w-full border-collapse">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="py-2 pr-4">
                  {t("networkAdmin.col.member")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("networkAdmin.col.library")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("networkAdmin.col.role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("networkAdmin.col.joined")}
                </th>
                <th scope="col" className="py-2">
                  {t("networkAdmin.col.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {admin.members.map((m) => (
                <tr key={m.userId} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4 text-left">
                    {m.label}
                  </th>
                  <td className="py-2 pr-4">{m.libraryName ?? t("networkAdmin.noLibrary")}</td>
                  <td className="py-2 pr-4">{t(`networkRoster.role.${m.role}`)}</td>
                  <td className="py-2 pr-4">
                    {m.joinedAt ? <time dateTime={isoInstant(m.joinedAt)}>{formatDate(m.joinedAt)}</time> : "–"}
                  </td>
                  <td className="space-y-2 py-2">
                    {m.role === "MEMBER" ? (
                      <RemoveMemberForm action={removeMemberAction} userId={m.userId} person={m.label} {...common} />
                    ) : null}
                    {admin.mayManage ? (
                      <ChairForm
                        action={m.role === "CHAIR" ? removeChairAction : appointChairAction}
                        appoint={m.role !== "CHAIR"}
                        userId={m.userId}
                        person={m.label}
                        {...common}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="jasenluettelo" className="mb-8">
        <h2 id="jasenluettelo" className="mb-3 text-2xl font-bold text-brand-900">
          {t("networkAdmin.exports")}
        </h2>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={`/api/exports/networks/${network.slug}/roster.csv`} download>
              {t("networkRoster.download")}: {t("networkRoster.csv")}
            </a>
          </li>
          <li>
            <a href={`/api/exports/networks/${network.slug}/roster.xlsx`} download>
              {t("networkRoster.download")}: {t("networkRoster.xlsx")}
            </a>
          </li>
        </ul>
      </section>

      {admin.mayManage ? (
        <section aria-labelledby="arkistointi">
          <h2 id="arkistointi" className="mb-3 text-2xl font-bold text-brand-900">
            {t("networkAdmin.archiveTitle")}
          </h2>
          <ConfirmActionForm
            action={archiveNetworkAction}
            fields={{ networkId: network.id, slug: network.slug, paluu: "hallinta" }}
            submitLabel="networkAdmin.archive"
            text={text}
          >
            <p>{t("networkAdmin.archiveLead")}</p>
          </ConfirmActionForm>
        </section>
      ) : null}
    </>
  );
}
