import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionCard as SessionCardData } from "@/lib/trainings/data";
import { Seats } from "./seats";
import { sessionPlaceText } from "./session-place";
import { themeName } from "./theme-names";

/** One upcoming session of an offering, as a card in a <ul>; its title is an h3. */
export function SessionCard({ session, t, locale }: { session: SessionCardData; t: Translate; locale: Locale }) {
  const { offering } = session;
  return (
    <li className="flex flex-col break-words rounded border border-gray-300 p-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">
        {t(`trainings.kind.${offering.kind}`)}
      </p>
      <h3 className="text-lg font-semibold">
        <Link href={`/koulutukset/${offering.slug}`}>
          {offering.title}
          {session.title ? `: ${session.title}` : null}
        </Link>
      </h3>
      <dl className="mt-2 space-y-0.5">
        <div className="flex flex-wrap gap-x-1">
          <dt className="sr-only">{t("trainings.time")}</dt>
          <dd className="font-semibold">
            <time dateTime={isoInstant(session.startsAt)}>{formatRange(session.startsAt, session.endsAt, locale)}</time>
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("trainings.place")}</dt>
          <dd>{sessionPlaceText(session.place, t)}</dd>
        </div>
        {offering.themes.length > 0 ? (
          <div className="flex flex-wrap gap-x-1">
            <dt className="font-semibold after:content-[':']">{t("trainings.themes")}</dt>
            <dd>{offering.themes.map((theme) => themeName(theme, locale)).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-3 flex flex-wrap gap-2">
        <Seats session={session} t={t} />
        {session.eligibility.library ? (
          <Badge tone="info">{t("trainings.restricted", { library: session.eligibility.library.name })}</Badge>
        ) : null}
        {offering.orderable ? <Badge tone="neutral">{t("trainings.orderable")}</Badge> : null}
      </p>
    </li>
  );
}
