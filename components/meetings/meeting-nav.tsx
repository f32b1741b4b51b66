import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import type { Translate } from "@/lib/i18n/translate";
import {
  canManageMeeting,
  canPrintMeeting,
  canWriteMinutes,
  canWriteNewsRound,
  type MeetingRef,
} from "@/lib/meetings/rules";

export type MeetingTab = "overview" | "edit" | "materials" | "newsRound" | "minutes" | "decisions" | "print";

/**
 * The meeting's own pages, as tabs: each user sees the ones they may use.
 * A nav of links (not an ARIA tablist): every tab is a page of its own.
 */
export function MeetingNav({
  meeting,
  actor,
  current,
  t,
}: {
  meeting: MeetingRef;
  actor: Actor | null;
  current: MeetingTab;
  t: Translate;
}) {
  const base = `/kokoukset/${meeting.id}`;
  const manage = canManageMeeting(actor, meeting);
  const tabs: { tab: MeetingTab; href: string; show: boolean }[] = [
    { tab: "overview", href: base, show: true },
    { tab: "edit", href: `${base}/muokkaa`, show: manage },
    { tab: "materials", href: `${base}/materiaalit`, show: manage },
    { tab: "newsRound", href: `${base}/kuulumiset`, show: canWriteNewsRound(actor, meeting) || manage },
    { tab: "minutes", href: `${base}/muistio`, show: canWriteMinutes(actor, meeting) || manage },
    { tab: "decisions", href: `${base}/paatokset`, show: canWriteMinutes(actor, meeting) || manage },
    { tab: "print", href: `${base}/tulosta`, show: canPrintMeeting(actor, meeting) },
  ];
  const shown = tabs.filter((t) => t.show);
  if (shown.length < 2) return null;
  return (
    <nav aria-label={t("meetingNav.label")} className="mb-6 border-b-2 border-gray-300 print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {shown.map(({ tab, href }) => (
          <li key={tab}>
            <Link
              href={href}
              aria-current={tab === current ? "page" : undefined}
              className={
                tab === current
                  ? "-mb-0.5 inline-block border-b-4 border-brand-700 px-3 py-2 font-bold text-brand-900 no-underline"
                  : "inline-block px-3 py-2 text-brand-700 underline-offset-4 hover:underline"
              }
            >
              {t(`meetingNav.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
