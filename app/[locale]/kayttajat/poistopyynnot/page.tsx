import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { listRemovalRequests } from "@/lib/users/removal/data";
import { confirmRemovalAction } from "@/lib/users/removal/actions";
import { displayName } from "@/lib/users/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("removal.adminTitle") };
}

/** The admins' queue of removal requests: confirming anonymises the account (issue 11). */
export default async function RemovalRequestsPage({ searchParams }: PageProps<"/[locale]/kayttajat/poistopyynnot">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kayttajat/poistopyynnot");
  if (!can(actor, "users.manage")) notFound();
  const [{ t }, requests] = await Promise.all([getI18n(), listRemovalRequests(actor)]);
  const text = pickText(t, ["removal."]);
  const done = (await searchParams).poistettu === "1";
  return (
    <>
      <PageHeader title={t("removal.adminTitle")} lead={t("removal.adminLead")} />
      {done ? (
        <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-3">
          {t("removal.confirmed")}
        </p>
      ) : null}
      {requests.length === 0 ? (
        <p>{t("removal.adminNone")}</p>
      ) : (
        <ul className="max-w-3xl space-y-4">
          {requests.map((request) => {
            const name = displayName({ name: request.name, libraryName: request.libraryName }, t);
            return (
              <li key={request.id} className="rounded border border-gray-300 p-4">
                <h2 className="text-xl font-bold text-brand-900">{name}</h2>
                <p>
                  {request.email}
                  {request.libraryName ? ` · ${request.libraryName}` : ""}
                </p>
                <p className="mb-3">
                  {t("removal.adminRequested")}: {formatDate(request.requestedAt)}
                </p>
                <ConfirmActionForm
                  action={confirmRemovalAction}
                  fields={{ userId: request.id }}
                  submitLabel="removal.confirm"
                  text={{ ...text, "removal.confirm": t("removal.confirm", { name }) }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
