import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { helsinkiToday } from "@/lib/dates";

// Exchange rounds and offers are public reading (DESIGN.md §2); the policy has
// no separate read rule for them, so the public menu's rule decides.
const READ = "exchange.read";

/** Where today (in Helsinki) falls relative to a round's application window. */
export type ApplicationState = "UPCOMING" | "OPEN" | "CLOSED";

export type ExchangeTheme = { slug: string; nameFi: string | null; nameEn: string | null };

export type ExchangeOfferView = {
  id: string;
  title: string;
  description: string | null;
  hostName: string | null;
  hostLibrary: { slug: string; name: string };
  themes: ExchangeTheme[];
  startDate: Date;
  endDate: Date;
  places: number;
};

export type ExchangeRoundView = {
  id: string;
  year: number;
  title: string;
  description: string | null;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  applicationState: ApplicationState;
  offers: ExchangeOfferView[];
};

/** Both ends of the window are whole days and included. */
export function applicationStateOn(
  today: Date,
  window: { applicationOpensAt: Date; applicationClosesAt: Date },
): ApplicationState {
  if (today < window.applicationOpensAt) return "UPCOMING";
  if (today > window.applicationClosesAt) return "CLOSED";
  return "OPEN";
}

/** Every round, newest first, with its offers in date order. */
export async function listExchangeRounds(actor: Actor | null): Promise<ExchangeRoundView[]> {
  if (!can(actor, READ)) return [];
  const rounds = await db().exchangeRound.findMany({
    // A draft is the coordinators' until they open it.
    where: { status: { not: "DRAFT" } },
    select: {
      id: true,
      year: true,
      title: true,
      description: true,
      applicationOpensAt: true,
      applicationClosesAt: true,
      offers: {
        select: {
          id: true,
          title: true,
          description: true,
          hostName: true,
          hostLibrary: { select: { slug: true, name: true } },
          themes: true,
          startDate: true,
          endDate: true,
          places: true,
        },
        orderBy: [{ startDate: "asc" }, { title: "asc" }],
      },
    },
    orderBy: [{ year: "desc" }, { applicationOpensAt: "desc" }],
  });

  // Offer themes are stored as theme slugs; unknown slugs are shown as they are.
  const slugs = [...new Set(rounds.flatMap((round) => round.offers.flatMap((offer) => offer.themes)))];
  const themes = slugs.length
    ? await db().theme.findMany({ where: { slug: { in: slugs } }, select: { slug: true, nameFi: true, nameEn: true } })
    : [];
  const themeBySlug = new Map(themes.map((theme) => [theme.slug, theme]));

  const today = helsinkiToday();
  return rounds.map((round) => ({
    ...round,
    applicationState: applicationStateOn(today, round),
    offers: round.offers.map((offer) => ({
      ...offer,
      themes: offer.themes.map((slug) => themeBySlug.get(slug) ?? { slug, nameFi: null, nameEn: null }),
    })),
  }));
}
