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

/**
 * Offer themes are stored as theme slugs: one query for the names of all of
 * them, and a function from an offer's slugs to its themes (an unknown slug
 * shown as it is).
 */
export async function themeNames(slugs: string[]): Promise<(offerThemes: string[]) => ExchangeTheme[]> {
  const unique = [...new Set(slugs)];
  const themes = unique.length
    ? await db().theme.findMany({ where: { slug: { in: unique } }, select: { slug: true, nameFi: true, nameEn: true } })
    : [];
  const bySlug = new Map(themes.map((theme) => [theme.slug, theme]));
  return (offerThemes) => offerThemes.map((slug) => bySlug.get(slug) ?? { slug, nameFi: null, nameEn: null });
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

  const themesOf = await themeNames(rounds.flatMap((round) => round.offers.flatMap((offer) => offer.themes)));
  const today = helsinkiToday();
  return rounds.map((round) => ({
    ...round,
    applicationState: applicationStateOn(today, round),
    offers: round.offers.map((offer) => ({
      ...offer,
      themes: themesOf(offer.themes),
    })),
  }));
}
