import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { AuditTrail } from "@/components/users-admin/audit-trail";
import { ActivationForm, ResendInvitationForm, LibraryForm, RolesForm } from "@/components/users-admin/user-forms";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/dates";
import { Role } from "@/lib/db/enums";
import { getI18n } from "@/lib/i18n/server";
import { getUser, listLibraryChoices } from "@/lib/users/admin/data";
import { displayName } from "@/lib/users/rules";
import { accountLabel } from "@/lib/users/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kayttajat/[id]">): Promise<Metadata> {
  const { id } = await params;
  const actor = await getActor();
  const [{ t }, user] = await Promise.all([getI18n(), can(actor, "users.manage") ? getUser(actor, id) : null]);
  return { title: user ? accountLabel(user) : t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** ADMIN: one person, the forms that change their roles, library and access, and the audit trail. */
export default async function UserPage({ params, searchParams }: PageProps<"/[locale]/kayttajat/[id]">) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kayttajat/${encodeURIComponent(id)}`);
  if (!can(actor, "users.manage")) notFound();
  const [user, libraries, { locale, t }] = await Promise.all([
    getUser(actor, id),
    listLibraryChoices(actor),
    getI18n(),
  ]);
  if (!user) notFound();
  const text = pickText(t, ["users."]);
  const libraryOptions = libraries.map((l) => ({ value: l.id, label: l.name }));
  const facts: [string, string][] = [
    [t("users.page.email"), user.email],
    [t("users.page.titleField"), user.title ?? "–"],
    [t("users.col.library"), user.library?.name ?? t("users.noLibrary")],
    [t("users.col.roles"), user.roles.map((role) => t(`role.${role}`)).join(", ")],
    [t("users.page.locale"), user.locale === "fi" ? "suomi" : "English"],
    [t("users.page.created"), formatDate(user.createdAt)],
    [t("users.page.lastSignIn"), user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("users.never")],
    ...(user.invitedBy ? ([[t("users.page.invitedBy"), displayName(user.invitedBy, t)]] as [string, string][]) : []),
    ...(user.removalRequestedAt
      ? ([[t("users.page.removalRequested"), formatDate(user.removalRequestedAt)]] as [string, string][])
      : []),
  ];
  const active = user.deactivatedAt === null;
  return (
    <>
      <p className="mb-4">
        <Link href="/kayttajat">{t("users.title")}</Link>
      </p>
      <PageHeader title={user.name?.trim() || t("users.noName")} />
      {query.kutsuttu === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("users.invite.sent", { email: user.email })}</Alert>
        </div>
      ) : null}
      <section aria-labelledby="tiedot" className="mb-8">
        <h2 id="tiedot" className={H2}>
          {t("users.page.details")}
        </h2>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {user.anonymizedAt ? null : (
        <>
          <section aria-labelledby="roolit" className="mb-8">
            <h2 id="roolit" className={H2}>
              {t("users.roles.title")}
            </h2>
            <RolesForm
              userId={user.id}
              roles={Object.values(Role).map((r) => ({ value: r, label: t(`role.${r}`) }))}
              current={user.roles}
              text={text}
            />
          </section>
          <section aria-labelledby="kirjasto" className="mb-8">
            <h2 id="kirjasto" className={H2}>
              {t("users.library.title")}
            </h2>
            <LibraryForm userId={user.id} libraries={libraryOptions} current={user.library?.id ?? null} text={text} />
          </section>
          <section aria-labelledby="kayttooikeus" className="mb-8">
            <h2 id="kayttooikeus" className={H2}>
              {t("users.activation.title")}
            </h2>
            <p className="mb-3">
              {active
                ? t("users.activation.activeNow")
                : t("users.activation.inactiveNow", { date: formatDate(user.deactivatedAt!) })}
            </p>
            <ActivationForm userId={user.id} active={active} text={text} />
          </section>
          {user.invitedAt && !user.lastSignInAt && active ? (
            <section aria-labelledby="kutsu" className="mb-8">
              <h2 id="kutsu" className={H2}>
                {t("users.invite.pendingTitle")}
              </h2>
              <ResendInvitationForm userId={user.id} text={text} />
            </section>
          ) : null}
        </>
      )}
      <section aria-labelledby="historia">
        <h2 id="historia" className={H2}>
          {t("users.audit.title")}
        </h2>
        <AuditTrail entries={user.audit} libraryNames={new Map(libraries.map((l) => [l.id, l.name]))} t={t} />
      </section>
    </>
  );
}
