import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getOwnProfile } from "@/lib/users/profile/data";
import { cancelRemovalAction, requestRemovalAction } from "@/lib/users/removal/actions";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("removal.title") };
}

/** Asking for one's account to be removed, or taking the request back (issue 11). */
export default async function RemovalRequestPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/omat-tiedot/poisto");
  const profile = await getOwnProfile(actor);
  if (!profile) redirect("/kirjaudu");
  const { t } = await getI18n();
  const text = pickText(t, ["removal."]);
  const requested = profile.removalRequestedAt;
  return (
    <>
      <p className="mb-4">
        <Link href="/omat-tiedot">{t("ownData.back")}</Link>
      </p>
      <PageHeader title={t("removal.title")} lead={t("removal.lead")} />
      <div className="max-w-xl space-y-4">
        {requested ? <p>{t("removal.requestedAt", { date: formatDate(requested) })}</p> : null}
        {/* One form in one place, so that its message stays when the page shows the request's new state. */}
        <ConfirmActionForm
          action={requested ? cancelRemovalAction : requestRemovalAction}
          fields={{}}
          submitLabel={requested ? "removal.cancel" : "removal.request"}
          text={text}
        />
      </div>
    </>
  );
}
