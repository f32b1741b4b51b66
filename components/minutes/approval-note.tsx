import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MinutesApproval } from "@/lib/minutes/data";
import { displayName } from "@/lib/users/rules";

/** "The minutes were approved by Juli on …": the approval record that every reader of approved minutes sees. */
export function approvalText(approval: MinutesApproval, t: Translate, locale: Locale): string {
  const time = formatDateTime(approval.at, locale);
  return approval.by
    ? t("minutes.approvedBy", { name: displayName(approval.by, t), time })
    : t("minutes.approvedAt", { time });
}

export function ApprovalNote({
  approval,
  t,
  locale,
}: {
  approval: MinutesApproval | null;
  t: Translate;
  locale: Locale;
}) {
  if (!approval) return null;
  return <p className="mb-4 font-semibold">{approvalText(approval, t, locale)}</p>;
}
