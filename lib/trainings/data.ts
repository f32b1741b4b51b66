// Reads of the published training menu (Koulutustarjotin). Everything here is
// public: only offerings of PUBLISHED menus exist for readers.
import "server-only";
import { cache } from "react";
import { helsinkiToday } from "@/lib/dates";
import { db } from "@/lib/db";
import type { OfferingKind, SessionStatus } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { TrainingFilters } from "./schema";

export type ThemeName = { slug: string; nameFi: string; nameEn: string };

export type SessionPlace = {
  servicePointName: string | null;
  libraryName: string | null;
  /** Free-text place, e.g. "Etänä (Teams)" or an address. */
  text: string | null;
  remote: boolean;
};

export type SessionView = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  place: SessionPlace;
  seatsLeft: number;
  restrictedLibraryName: string | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** Where the registration window stands at the time of the read. */
  registration: "NOT_YET_OPEN" | "OPEN" | "CLOSED";
};

export type OfferingCard = {
  slug: string;
  title: string;
  kind: OfferingKind;
  summary: string | null;
  orderable: boolean;
  themes: ThemeName[];
};

export type SessionCard = SessionView & { offering: OfferingCard };

export type MenuView = { slug: string; title: string; periodStart: Date; periodEnd: Date; intro: string | null };

export type TrainingMenuPage = {
  currentMenus: MenuView[];
  sessions: SessionCard[];
  continuous: OfferingCard[];
  pastMenus: (MenuView & { offeringCount: number })[];
};

const publishedMenu = { status: "PUBLISHED" } as const satisfies Prisma.TrainingMenuWhereInput;

const themeSelect = {
  orderBy: { theme: { sortOrder: "asc" } },
  select: { theme: { select: { slug: true, nameFi: true, nameEn: true } } },
} as const satisfies Prisma.Offering$themesArgs;

const offeringCardSelect = {
  slug: true,
  title: true,
  kind: true,
  summary: true,
  orderable: true,
  themes: themeSelect,
} as const satisfies Prisma.OfferingSelect;

const sessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  remoteUrl: true,
  capacity: true,
  seatsTaken: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  servicePoint: { select: { name: true, library: { select: { name: true } } } },
  restrictedLibrary: { select: { name: true } },
} as const satisfies Prisma.TrainingSessionSelect;

type SessionRow = Prisma.TrainingSessionGetPayload<{ select: typeof sessionSelect }>;
type OfferingCardRow = Prisma.OfferingGetPayload<{ select: typeof offeringCardSelect }>;

function registrationState(s: SessionRow, now: Date): SessionView["registration"] {
  if (s.registrationOpensAt && s.registrationOpensAt > now) return "NOT_YET_OPEN";
  if ((s.registrationClosesAt ?? s.startsAt) <= now) return "CLOSED";
  return "OPEN";
}

function toSessionView(s: SessionRow, now: Date): SessionView {
  return {
    id: s.id,
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: s.status,
    // The remote link itself is for participants only, so it is never sent here.
    place: {
      servicePointName: s.servicePoint?.name ?? null,
      libraryName: s.servicePoint?.library.name ?? null,
      text: s.place,
      remote: !!s.remoteUrl,
    },
    seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
    restrictedLibraryName: s.restrictedLibrary?.name ?? null,
    registrationOpensAt: s.registrationOpensAt,
    registrationClosesAt: s.registrationClosesAt,
    registration: registrationState(s, now),
  };
}

function toOfferingCard(o: OfferingCardRow): OfferingCard {
  return { ...o, themes: o.themes.map((t) => t.theme) };
}

/** Offerings of published menus matching the URL filters. */
function offeringWhere(filters: TrainingFilters): Prisma.OfferingWhereInput {
  return {
    menu: publishedMenu,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.theme ? { themes: { some: { theme: { slug: filters.theme } } } } : {}),
    ...(filters.q
      ? {
          OR: [
            { title: { contains: filters.q, mode: "insensitive" } },
            { summary: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Scheduled sessions starting from `now`, soonest first, of offerings in published menus. */
export async function listUpcomingSessions(
  filters: TrainingFilters = {},
  options: { now?: Date; limit?: number } = {},
): Promise<SessionCard[]> {
  const now = options.now ?? new Date();
  const rows = await db().trainingSession.findMany({
    where: { status: "SCHEDULED", startsAt: { gte: now }, offering: offeringWhere(filters) },
    select: { ...sessionSelect, offering: { select: offeringCardSelect } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.limit,
  });
  return rows.map(({ offering, ...s }) => ({ ...toSessionView(s, now), offering: toOfferingCard(offering) }));
}

/** Everything the Koulutustarjotin page shows, for the given filters. */
export async function getTrainingMenu(filters: TrainingFilters, now: Date = new Date()): Promise<TrainingMenuPage> {
  const today = helsinkiToday(now);
  const menuSelect = { slug: true, title: true, periodStart: true, periodEnd: true, intro: true } as const;
  const [currentMenus, sessions, continuous, pastMenus] = await Promise.all([
    db().trainingMenu.findMany({
      where: { ...publishedMenu, periodEnd: { gte: today } },
      select: menuSelect,
      orderBy: { periodStart: "asc" },
    }),
    listUpcomingSessions(filters, { now }),
    // Programmes, kits, mentoring and orderable workshops: nothing to enrol in
    // right now, but still on offer while their menu is current.
    db().offering.findMany({
      where: {
        AND: [
          offeringWhere(filters),
          { menu: { periodEnd: { gte: today } } },
          { sessions: { none: { status: "SCHEDULED", startsAt: { gte: now } } } },
          { OR: [{ sessions: { none: {} } }, { orderable: true }] },
        ],
      },
      select: offeringCardSelect,
      orderBy: [{ menu: { periodStart: "asc" } }, { sortOrder: "asc" }, { title: "asc" }],
    }),
    db().trainingMenu.findMany({
      where: { ...publishedMenu, periodEnd: { lt: today } },
      select: { ...menuSelect, _count: { select: { offerings: true } } },
      orderBy: { periodStart: "desc" },
    }),
  ]);
  return {
    currentMenus,
    sessions,
    continuous: continuous.map(toOfferingCard),
    pastMenus: pastMenus.map(({ _count, ...menu }) => ({ ...menu, offeringCount: _count.offerings })),
  };
}

/** Themes for the filter, in menu order. */
export async function listThemes(): Promise<ThemeName[]> {
  return db().theme.findMany({
    select: { slug: true, nameFi: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { nameFi: "asc" }],
  });
}

export type ProgrammeModuleView = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  required: boolean;
};

export type OfferingDetail = OfferingCard & {
  description: string | null;
  audience: string | null;
  trainer: string | null;
  menu: { slug: string; title: string };
  network: { slug: string; name: string } | null;
  modules: ProgrammeModuleView[];
  upcomingSessions: SessionView[];
  pastSessions: SessionView[];
};

/** One offering of a published menu, with its modules and sessions; null otherwise. Cached per request. */
export const getPublishedOffering = cache(async (slug: string): Promise<OfferingDetail | null> => {
  const now = new Date();
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const offering = await db().offering.findFirst({
    where: { slug, menu: publishedMenu },
    select: {
      ...offeringCardSelect,
      description: true,
      audience: true,
      trainerName: true,
      trainer: { select: { name: true } },
      menu: { select: { slug: true, title: true } },
      network: { select: { slug: true, name: true } },
      modules: {
        select: { id: true, position: true, title: true, description: true, required: true },
        orderBy: { position: "asc" },
      },
      sessions: { select: sessionSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!offering) return null;
  const { sessions, themes, trainer, trainerName, ...rest } = offering;
  const views = sessions.map((s) => toSessionView(s, now));
  return {
    ...rest,
    themes: themes.map((t) => t.theme),
    trainer: trainer?.name ?? trainerName,
    upcomingSessions: views.filter((s) => s.startsAt >= now),
    pastSessions: views.filter((s) => s.startsAt < now).reverse(),
  };
});
