// Published job-shadowing reports (issue 15 item 4, ADR 30): what visitors
// and hosts learned, readable by all signed-in staff once the exchange is
// completed and the author consented — the knowledge the network wants to
// spread. Listed per theme (the offer's themes; a report under each of its
// themes), newest first.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeReportSide } from "@/lib/db/enums";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { themeNames, type ExchangeTheme } from "../data";

export type PublishedReport = {
  id: string;
  side: ExchangeReportSide;
  author: PersonName | null;
  experience: string;
  takeHome: string | null;
  publishedAt: Date;
  visitDate: Date | null;
  offer: {
    id: string;
    title: string;
    hostLibrary: { slug: string; name: string };
    round: { year: number; title: string };
  };
  themes: ExchangeTheme[];
};

export type ReportsByTheme = { theme: ExchangeTheme; reports: PublishedReport[] }[];

export type PublishedReports = {
  /** The themes that have reports, for the filter. */
  themes: ExchangeTheme[];
  groups: ReportsByTheme;
  total: number;
};

/** null for a reader who may not read them (signed out). `theme` narrows to one theme's slug. */
export async function listPublishedReports(
  actor: Actor | null,
  filter: { theme?: string } = {},
): Promise<PublishedReports | null> {
  if (!can(actor, "exchange.readReports")) return null;
  const rows = await db().exchangeReport.findMany({
    where: { publishedAt: { not: null }, application: { status: "COMPLETED" } },
    select: {
      id: true,
      side: true,
      author: { select: personNameSelect },
      experience: true,
      takeHome: true,
      publishedAt: true,
      application: {
        select: {
          visitDate: true,
          offer: {
            select: {
              id: true,
              title: true,
              themes: true,
              hostLibrary: { select: { slug: true, name: true } },
              round: { select: { year: true, title: true } },
            },
          },
        },
      },
    },
    // The visitor's report before the host's of the same exchange.
    orderBy: [{ publishedAt: "desc" }, { applicationId: "asc" }, { side: "asc" }],
  });
  const themesOf = await themeNames(rows.flatMap((row) => row.application.offer.themes));
  const reports: PublishedReport[] = rows.map((row) => {
    const { offer } = row.application;
    return {
      id: row.id,
      side: row.side,
      author: row.author ? toPersonName(row.author) : null,
      experience: row.experience,
      takeHome: row.takeHome,
      publishedAt: row.publishedAt!,
      visitDate: row.application.visitDate,
      offer: { id: offer.id, title: offer.title, hostLibrary: offer.hostLibrary, round: offer.round },
      themes: themesOf(offer.themes),
    };
  });
  const bySlug = new Map<string, { theme: ExchangeTheme; reports: PublishedReport[] }>();
  for (const report of reports) {
    for (const theme of report.themes) {
      const group = bySlug.get(theme.slug) ?? { theme, reports: [] };
      group.reports.push(report);
      bySlug.set(theme.slug, group);
    }
  }
  const all = [...bySlug.values()].sort((a, b) =>
    (a.theme.nameFi ?? a.theme.slug).localeCompare(b.theme.nameFi ?? b.theme.slug, "fi"),
  );
  const groups = filter.theme ? all.filter((group) => group.theme.slug === filter.theme) : all;
  return {
    themes: all.map((group) => group.theme),
    groups,
    total: filter.theme ? (groups[0]?.reports.length ?? 0) : reports.length,
  };
}
