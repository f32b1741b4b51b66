// Reads of job-shadowing rounds and offers for browsing (issue 15 items 1, 2
// and 6, ADR 30): the current round (the open one, newest first) and its
// offers filtered by theme, region and municipality, each with the places
// left and, for a signed-in reader with a library, how far it is (same
// municipality / same region / other region). Public reading; withdrawn
// offers are not shown.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeMode, ExchangeRoundStatus, Region } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { themeNames, type ExchangeTheme } from "../data";
import { applicationWindowOpen, distanceBetween, offerWindowOpen, type Distance } from "../rules";
import type { OffersQuery } from "./schema";

export type CurrentRound = {
  id: string;
  year: number;
  title: string;
  description: string | null;
  status: ExchangeRoundStatus;
  offerOpensAt: Date;
  offerClosesAt: Date;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  visitStartsOn: Date;
  visitEndsOn: Date;
  /** Today (Helsinki) is in the offer window of an open round. */
  offersOpen: boolean;
  /** Today (Helsinki) is in the application window of an open round. */
  applicationsOpen: boolean;
};

/** A round as its windows are judged (rules.ts) and shown. */
export const roundSelect = {
  id: true,
  year: true,
  title: true,
  description: true,
  status: true,
  offerOpensAt: true,
  offerClosesAt: true,
  applicationOpensAt: true,
  applicationClosesAt: true,
  visitStartsOn: true,
  visitEndsOn: true,
} as const;

/** The round now open (the newest, should there be two); null when none is. */
export async function getCurrentRound(actor: Actor | null, now = new Date()): Promise<CurrentRound | null> {
  if (!can(actor, "exchange.read")) return null;
  const round = await db().exchangeRound.findFirst({
    where: { status: "OPEN" },
    select: roundSelect,
    orderBy: [{ year: "desc" }, { applicationOpensAt: "desc" }],
  });
  if (!round) return null;
  const today = helsinkiToday(now);
  return { ...round, offersOpen: offerWindowOpen(round, today), applicationsOpen: applicationWindowOpen(round, today) };
}

export type OfferListing = {
  id: string;
  roundId: string;
  title: string;
  description: string | null;
  hostName: string | null;
  hostLibrary: { slug: string; name: string; municipality: string; region: Region };
  themes: ExchangeTheme[];
  startDate: Date;
  endDate: Date;
  /** The possible days; empty: any day of the range. */
  dates: Date[];
  places: number;
  placesLeft: number;
  mode: ExchangeMode;
  accessibilityNotes: string | null;
  travelNotes: string | null;
  /** From the reader's library; null when signed out or without a library. */
  distance: Distance | null;
};

/** An offer as the list and its own page show it. */
const offerSelect = {
  id: true,
  roundId: true,
  title: true,
  description: true,
  hostName: true,
  hostLibrary: { select: { slug: true, name: true, municipality: true, region: true } },
  themes: true,
  startDate: true,
  endDate: true,
  dates: true,
  places: true,
  placesTaken: true,
  mode: true,
  accessibilityNotes: true,
  travelNotes: true,
} as const;

/** Where the reader's library is, for how far an offer is; null when signed out or without one. */
function homeLibrary(actor: Actor | null) {
  return actor?.libraryId
    ? db().library.findUnique({ where: { id: actor.libraryId }, select: { municipality: true, region: true } })
    : Promise.resolve(null);
}

/** A round's offers (the current round's when none is named), host libraries by name, filtered as asked. */
export async function listOffers(actor: Actor | null, query: OffersQuery): Promise<OfferListing[]> {
  if (!can(actor, "exchange.read")) return [];
  const roundId = query.round ?? (await getCurrentRound(actor))?.id;
  if (!roundId) return [];
  const [offers, home] = await Promise.all([
    db().exchangeOffer.findMany({
      where: {
        roundId,
        withdrawnAt: null,
        // A draft round's offers are not public, even when the round is named.
        round: { status: { not: "DRAFT" } },
        ...(query.theme ? { themes: { has: query.theme } } : {}),
        hostLibrary: {
          ...(query.region ? { region: query.region } : {}),
          ...(query.municipality ? { municipality: { equals: query.municipality, mode: "insensitive" } } : {}),
        },
      },
      select: offerSelect,
      orderBy: [{ hostLibrary: { name: "asc" } }, { startDate: "asc" }, { title: "asc" }],
    }),
    homeLibrary(actor),
  ]);
  const themesOf = await themeNames(offers.flatMap((offer) => offer.themes));
  return offers.map(({ placesTaken, ...offer }) => ({
    ...offer,
    themes: themesOf(offer.themes),
    placesLeft: Math.max(0, offer.places - placesTaken),
    distance: home ? distanceBetween(home, offer.hostLibrary) : null,
  }));
}

/**
 * The libraries an offer may be published for, by region: every member
 * library for a coordinator, the supervisor's own for a supervisor, none for
 * anyone else.
 */
export async function listOfferLibraries(
  actor: Actor | null,
): Promise<{ region: Region; options: { value: string; label: string }[] }[]> {
  if (!actor || !can(actor, "exchange.offer")) return [];
  const all = can(actor, "exchange.manage");
  if (!all && !actor.libraryId) return [];
  const libraries = await db().library.findMany({
    where: all ? {} : { id: actor.libraryId! },
    select: { id: true, name: true, region: true },
    orderBy: [{ region: "asc" }, { name: "asc" }],
  });
  const groups = new Map<Region, { value: string; label: string }[]>();
  for (const library of libraries) {
    groups.set(library.region, [...(groups.get(library.region) ?? []), { value: library.id, label: library.name }]);
  }
  return [...groups.entries()].map(([region, options]) => ({ region, options }));
}

export type OfferPage = OfferListing & {
  round: { id: string; title: string; applicationOpensAt: Date; applicationClosesAt: Date };
  applicationsOpen: boolean;
  /** The days an applicant may name: the listed ones, or the range's weekdays, within the visit period. */
  days: Date[];
  /** The reader's own application to it (not withdrawn), if any. */
  ownApplicationId: string | null;
  /** The reader's library hosts it (its own staff do not apply). */
  ownLibrary: boolean;
};

/** At most this many days are offered to choose from (a long range is cut to its first weekdays). */
const MAX_DAY_CHOICES = 31;

/** One offer that is not withdrawn, in a round that is not a draft, with what the reader may do about it. */
export async function getOfferPage(actor: Actor | null, id: string, now = new Date()): Promise<OfferPage | null> {
  if (!can(actor, "exchange.read")) return null;
  const offer = await db().exchangeOffer.findFirst({
    where: { id, withdrawnAt: null, round: { status: { not: "DRAFT" } } },
    select: { ...offerSelect, hostLibraryId: true, round: { select: roundSelect } },
  });
  if (!offer) return null;
  const [themesOf, home, own] = await Promise.all([
    themeNames(offer.themes),
    homeLibrary(actor),
    actor
      ? db().exchangeApplication.findFirst({
          where: { offerId: offer.id, applicantId: actor.id, status: { not: "WITHDRAWN" } },
          select: { id: true },
        })
      : null,
  ]);
  const { round, placesTaken, hostLibraryId, ...rest } = offer;
  const inVisits = (d: Date) => d >= round.visitStartsOn && d <= round.visitEndsOn;
  const days: Date[] = [];
  if (offer.dates.length > 0) days.push(...offer.dates.filter(inVisits));
  else {
    for (
      let d = offer.startDate;
      d <= offer.endDate && days.length < MAX_DAY_CHOICES;
      d = new Date(d.getTime() + 86_400_000)
    ) {
      const weekday = d.getUTCDay();
      if (weekday !== 0 && weekday !== 6 && inVisits(d)) days.push(d);
    }
  }
  return {
    ...rest,
    themes: themesOf(offer.themes),
    placesLeft: Math.max(0, offer.places - placesTaken),
    distance: home ? distanceBetween(home, offer.hostLibrary) : null,
    round: {
      id: round.id,
      title: round.title,
      applicationOpensAt: round.applicationOpensAt,
      applicationClosesAt: round.applicationClosesAt,
    },
    applicationsOpen: applicationWindowOpen(round, helsinkiToday(now)),
    days,
    ownApplicationId: own?.id ?? null,
    ownLibrary: !!actor?.libraryId && actor.libraryId === hostLibraryId,
  };
}
