import { formatDateTime } from "@/lib/dates";
import type { Role } from "@/lib/db/enums";
import { translateKey, type Translate } from "@/lib/i18n/translate";
import type { UserAuditEntry } from "@/lib/users/admin/data";
import { displayName } from "@/lib/users/rules";

type Change = { roles?: Role[]; libraryId?: string | null; active?: boolean };

/** The account's audit trail on the user page, newest first: who changed what, from what to what. */
export function AuditTrail({
  entries,
  libraryNames,
  t,
}: {
  entries: UserAuditEntry[];
  libraryNames: Map<string, string>;
  t: Translate;
}) {
  if (entries.length === 0) return <p>{t("users.audit.empty")}</p>;
  const describe = (value: unknown): string | null => {
    if (typeof value !== "object" || value === null) return null;
    const change = value as Change;
    if (Array.isArray(change.roles)) return change.roles.map((role) => t(`role.${role}`)).join(", ");
    if ("libraryId" in change) {
      return change.libraryId ? (libraryNames.get(change.libraryId) ?? "–") : t("users.noLibrary");
    }
    if (typeof change.active === "boolean") return t(change.active ? "users.active.true" : "users.active.false");
    return null;
  };
  return (
    <ol className="space-y-3">
      {entries.map((entry) => {
        const from = describe(entry.before);
        const to = describe(entry.after);
        return (
          <li key={entry.id} className="border-l-4 border-brand-200 pl-3">
            <p className="font-semibold">
              {translateKey(t, `users.audit.${entry.action}`, "") || t("users.audit.other", { action: entry.action })}
              {from || to ? `: ${from ?? "–"} → ${to ?? "–"}` : null}
            </p>
            <p className="text-sm text-gray-800">
              {formatDateTime(entry.at, t.locale)} ·{" "}
              {entry.actor ? displayName(entry.actor, t) : t("users.audit.system")}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
