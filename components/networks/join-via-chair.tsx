import type { Translate } from "@/lib/i18n/translate";

/** The steering group's rule (autumn 2023): new employees join a network through its chair. */
export function JoinViaChair({ t }: { t: Translate }) {
  return (
    <p className="mb-6 max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">
      {t("networks.joinViaChair")}
    </p>
  );
}
