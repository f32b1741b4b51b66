// Reads of the published training menu (Koulutustarjotin). Everything here is
// public: only offerings of PUBLISHED menus exist for readers.
import "server-only";
import { cache } from "react";
import { can, type Actor } from "@/lib/auth/policy";
import { helsinkiMonthRange, helsinkiToday } from "@/lib/dates";
import { registrationState, type RegistrationState } from "@/lib/enrolments/rules";
import { db, type Db } from "@/lib/db";
import { MENU_TAG, offeringTag } from "@/lib/cache/tags";
import type { Eligibility, MenuStatus, OfferingKind, ProgrammePartMode, SessionStatus } from "@/lib/db/enums";
import { parseMaterials, type MaterialLink } from "@/lib/programmes/rules";
import type { Prisma } from "@/lib/db/generated/client";
import { hasSessionFilters, ONSITE_PLACE, REMOTE_PLACE, type TrainingFilters } from "./schema";
import { isUuid } from "@/lib/http/fields";

export type ThemeName = { slug: string; nameFi: string; nameEn: string };

// ───────────── One session as its readers see it ─────────────
// The menu, the offering page, "Omat koulutukset", the coordinators' lists and
// the /api/trainings JSON are all built from these mappers, so that what is
// public about a session (never the remote link), its seats and its
// registration window are decided once.

export type SessionPlace = {
  servicePoint: string | null;
  library: string | null;
  /** Free-text place, e.g. "Etänä (Teams)" or an address. */
  text: string | null;
  /** Whether there is a remote link; the link itself goes only to participants. */
  remote: boolean;
};

export const sessionPlaceSelect = {
  place: true,
  remoteUrl: true,
  servicePoint: { select: { name: true, library: { select: { name: true } } } },
} as const satisfies Prisma.TrainingSessionSelect;

type PlaceRow = Prisma.TrainingSessionGetPayload<{ select: typeof sessionPlaceSelect }>;

export function toSessionPlace(row: PlaceRow): SessionPlace {
  return {
    servicePoint: row.servicePoint?.name ?? null,
    library: row.servicePoint?.library.name ?? null,
    text: row.place,
    remote: !!row.remoteUrl,
  };
}

export type SessionView = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  place: SessionPlace;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  /** Where the registration window stands at the time of the read. */
  registration: RegistrationState;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  eligibility: { kind: Eligibility; library: { slug: string; name: string } | null };
};

export const sessionViewSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  ...sessionPlaceSelect,
  capacity: true,
  seatsTaken: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  eligibility: true,
  restrictedLibrary: { select: { slug: true, name: true } },
} as const satisfies Prisma.TrainingSessionSelect;

type SessionViewRow = Prisma.TrainingSessionGetPayload<{ select: typeof sessionViewSelect }>;

/** Readers only ever get sessions of published menus, so the menu is taken as published. */
export function toSessionView(row: SessionViewRow, now: Date): SessionView {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    place: toSessionPlace(row),
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    seatsLeft: Math.max(0, row.capacity - row.seatsTaken),
    registration: registrationState({ ...row, menuStatus: "PUBLISHED" }, now),
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    eligibility: { kind: row.eligibility, library: row.restrictedLibrary },
  };
}

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
  /** One page of the upcoming sessions (MENU_PAGE_SIZE), soonest first. */
  sessions: SessionCard[];
  /** 1-based page of `sessions`. */
  page: number;
  /** Whether more upcoming sessions follow this page. */
  moreSessions: boolean;
  continuous: OfferingCard[];
  pastMenus: (MenuView & { offeringCount: number })[];
};

export const publishedMenu = { status: "PUBLISHED" } as const satisfies Prisma.TrainingMenuWhereInput;

const themeSelect = {
  orderBy: { theme: { sortOrder: "asc" } },
  select: { theme: { select: { slug: true, nameFi: true, nameEn: true } } },
} as const satisfies Prisma.Offering$themesArgs;

export const offeringCardSelect = {
  slug: true,
  title: true,
  kind: true,
  summary: true,
  orderable: true,
  themes: themeSelect,
} as const satisfies Prisma.OfferingSelect;

type OfferingCardRow = Prisma.OfferingGetPayload<{ select: typeof offeringCardSelect }>;

export function toOfferingCard(o: OfferingCardRow): OfferingCard {
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

/** Month and place filters, which narrow sessions rather than offerings. */
function sessionFilterWhere(filters: TrainingFilters): Prisma.TrainingSessionWhereInput[] {
  const where: Prisma.TrainingSessionWhereInput[] = [];
  if (filters.month) {
    const { start, end } = helsinkiMonthRange(filters.month);
    where.push({ startsAt: { gte: start, lt: end } });
  }
  if (filters.place === REMOTE_PLACE) {
    where.push({ remoteUrl: { not: null } });
  } else if (filters.place === ONSITE_PLACE) {
    where.push({ OR: [{ servicePointId: { not: null } }, { place: { not: null } }] });
  } else if (filters.place) {
    where.push({
      OR: [{ hostLibrary: { slug: filters.place } }, { servicePoint: { library: { slug: filters.place } } }],
    });
  }
  return where;
}

/** Libraries where upcoming published sessions are held, for the place filter. */
export async function listVenueLibraries(now: Date = new Date()): Promise<{ slug: string; name: string }[]> {
  const upcoming = {
    some: { status: "SCHEDULED" as const, startsAt: { gte: now }, offering: { menu: publishedMenu } },
  };
  return db().library.findMany({
    where: { OR: [{ hostedSessions: upcoming }, { servicePoints: { some: { sessions: upcoming } } }] },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Scheduled sessions starting from `now`, soonest first, of offerings in published menus. */
export async function listUpcomingSessions(
  filters: TrainingFilters = {},
  options: { now?: Date; limit?: number; offset?: number } = {},
): Promise<SessionCard[]> {
  const now = options.now ?? new Date();
  const rows = await db().trainingSession.findMany({
    where: {
      AND: [
        { status: "SCHEDULED", startsAt: { gte: now }, offering: offeringWhere(filters) },
        ...sessionFilterWhere(filters),
      ],
    },
    select: { ...sessionViewSelect, offering: { select: offeringCardSelect } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    skip: options.offset,
    take: options.limit,
  });
  return rows.map(({ offering, ...s }) => ({ ...toSessionView(s, now), offering: toOfferingCard(offering) }));
}

/** Upcoming sessions a menu page lists: the list grows with the years, the page does not. */
export const MENU_PAGE_SIZE = 30;

/** Everything the Koulutustarjotin page shows, for the given filters and page of sessions. */
export async function getTrainingMenu(
  filters: TrainingFilters,
  now: Date = new Date(),
  page = 1,
): Promise<TrainingMenuPage> {
  const today = helsinkiToday(now);
  const menuSelect = { slug: true, title: true, periodStart: true, periodEnd: true, intro: true } as const;
  // Current and past menus in one read (a few a year), split below.
  const [menus, sessions, continuous] = await Promise.all([
    db().trainingMenu.findMany({
      where: publishedMenu,
      select: { ...menuSelect, _count: { select: { offerings: true } } },
      orderBy: { periodStart: "asc" },
    }),
    // One more than a page tells whether another follows.
    listUpcomingSessions(filters, { now, limit: MENU_PAGE_SIZE + 1, offset: (page - 1) * MENU_PAGE_SIZE }),
    // Programmes, kits, mentoring and orderable workshops: nothing to enrol in
    // right now, but still on offer while their menu is current. They have no
    // dates or places, so a month or place filter leaves them out.
    hasSessionFilters(filters)
      ? []
      : db().offering.findMany({
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
  ]);
  const currentMenus = menus.filter((m) => m.periodEnd >= today).map(({ _count, ...menu }) => menu);
  const pastMenus = menus.filter((m) => m.periodEnd < today).reverse();
  return {
    currentMenus,
    sessions: sessions.slice(0, MENU_PAGE_SIZE),
    page,
    moreSessions: sessions.length > MENU_PAGE_SIZE,
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
  mode: ProgrammePartMode;
  materials: MaterialLink[];
  linkedOffering: { slug: string; title: string } | null;
};

export type OfferingDetail = OfferingCard & {
  description: string | null;
  audience: string | null;
  trainer: string | null;
  menu: { slug: string; title: string };
  network: { slug: string; name: string } | null;
  /** A programme's deadline (kind PROGRAMME). */
  deadline: Date | null;
  /** A programme's parts, once published (kind PROGRAMME; ADR 28). */
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
      deadline: true,
      programmePublishedAt: true,
      modules: {
        select: {
          id: true,
          position: true,
          title: true,
          description: true,
          required: true,
          mode: true,
          materials: true,
          linkedOffering: { select: { slug: true, title: true } },
        },
        orderBy: { position: "asc" },
      },
      sessions: { select: sessionViewSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!offering) return null;
  const { sessions, themes, trainer, trainerName, programmePublishedAt, modules, ...rest } = offering;
  const views = sessions.map((s) => toSessionView(s, now));
  return {
    ...rest,
    // A programme's parts are drafts until the programme is published.
    modules: programmePublishedAt ? modules.map((m) => ({ ...m, materials: parseMaterials(m.materials) })) : [],
    themes: themes.map((t) => t.theme),
    trainer: trainer?.name ?? trainerName,
    upcomingSessions: views.filter((s) => s.startsAt >= now),
    pastSessions: views.filter((s) => s.startsAt < now).reverse(),
  };
});

// ───────────── Coordinators' views: every menu, offering and session, drafts included ─────────────
// Each loader asks the policy and answers null (a 404 for the page) to anyone else.

export type ThemeAdminRow = ThemeName & { id: string; description: string | null; offeringCount: number };

export async function listThemesForManagement(actor: Actor | null): Promise<ThemeAdminRow[] | null> {
  if (!can(actor, "menu.manage")) return null;
  const rows = await db().theme.findMany({
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameEn: true,
      description: true,
      _count: { select: { offerings: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { nameFi: "asc" }],
  });
  return rows.map(({ _count, ...theme }) => ({ ...theme, offeringCount: _count.offerings }));
}

export type MenuAdminRow = MenuView & {
  id: string;
  status: MenuStatus;
  publishedAt: Date | null;
  offeringCount: number;
};

const menuAdminSelect = {
  id: true,
  slug: true,
  title: true,
  periodStart: true,
  periodEnd: true,
  intro: true,
  status: true,
  publishedAt: true,
  _count: { select: { offerings: true } },
} as const satisfies Prisma.TrainingMenuSelect;

export async function listMenusForManagement(actor: Actor | null): Promise<MenuAdminRow[] | null> {
  if (!can(actor, "menu.manage")) return null;
  const rows = await db().trainingMenu.findMany({
    select: menuAdminSelect,
    orderBy: [{ periodStart: "desc" }, { title: "asc" }],
  });
  return rows.map(({ _count, ...menu }) => ({ ...menu, offeringCount: _count.offerings }));
}

export type OfferingAdminRow = {
  id: string;
  slug: string;
  title: string;
  kind: OfferingKind;
  orderable: boolean;
  sessionCount: number;
  nextSessionAt: Date | null;
};

export type MenuAdminDetail = MenuAdminRow & { offerings: OfferingAdminRow[] };

export async function getMenuForManagement(actor: Actor | null, menuId: string): Promise<MenuAdminDetail | null> {
  if (!can(actor, "menu.manage") || !isUuid(menuId)) return null;
  const now = new Date();
  const menu = await db().trainingMenu.findUnique({
    where: { id: menuId },
    select: {
      ...menuAdminSelect,
      offerings: {
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          orderable: true,
          _count: { select: { sessions: true } },
          sessions: {
            where: { status: "SCHEDULED", startsAt: { gte: now } },
            select: { startsAt: true },
            orderBy: { startsAt: "asc" },
            take: 1,
          },
        },
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      },
    },
  });
  if (!menu) return null;
  const { _count, offerings, ...rest } = menu;
  return {
    ...rest,
    offeringCount: _count.offerings,
    offerings: offerings.map(({ _count: counts, sessions, ...offering }) => ({
      ...offering,
      sessionCount: counts.sessions,
      nextSessionAt: sessions[0]?.startsAt ?? null,
    })),
  };
}

export type SessionAdminRow = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  capacity: number;
  seatsTaken: number;
  waitlisted: number;
  place: SessionPlace;
  restrictedLibraryName: string | null;
};

export type OfferingAdminDetail = {
  id: string;
  slug: string;
  menuId: string;
  menu: { id: string; title: string; status: MenuStatus };
  title: string;
  kind: OfferingKind;
  summary: string | null;
  description: string | null;
  audience: string | null;
  trainerName: string | null;
  orderable: boolean;
  themeIds: string[];
  sessions: SessionAdminRow[];
};

export async function getOfferingForManagement(
  actor: Actor | null,
  offeringId: string,
): Promise<OfferingAdminDetail | null> {
  if (!can(actor, "offering.manage") || !isUuid(offeringId)) return null;
  const offering = await db().offering.findUnique({
    where: { id: offeringId },
    select: {
      id: true,
      slug: true,
      menuId: true,
      menu: { select: { id: true, title: true, status: true } },
      title: true,
      kind: true,
      summary: true,
      description: true,
      audience: true,
      trainerName: true,
      trainer: { select: { name: true } },
      orderable: true,
      themes: { select: { themeId: true } },
      sessions: {
        select: {
          ...sessionViewSelect,
          _count: { select: { enrolments: { where: { status: "WAITLISTED" } } } },
        },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!offering) return null;
  const { themes, sessions, trainer, trainerName, ...rest } = offering;
  return {
    ...rest,
    trainerName: trainerName ?? trainer?.name ?? null,
    themeIds: themes.map((t) => t.themeId),
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: s.status,
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      waitlisted: s._count.enrolments,
      place: toSessionPlace(s),
      restrictedLibraryName: s.restrictedLibrary?.name ?? null,
    })),
  };
}

export type SessionAdminDetail = {
  id: string;
  offering: { id: string; slug: string; title: string; menuStatus: MenuStatus };
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  servicePointId: string | null;
  place: string | null;
  remoteUrl: string | null;
  capacity: number;
  seatsTaken: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  eligibility: Eligibility;
  restrictedLibraryId: string | null;
  status: SessionStatus;
  /** Confirmed and waitlisted: the people a change or cancellation is mailed to. */
  activeEnrolments: number;
  fromOrder: { id: string; libraryName: string } | null;
};

export async function getSessionForManagement(
  actor: Actor | null,
  sessionId: string,
): Promise<SessionAdminDetail | null> {
  if (!can(actor, "session.manage") || !isUuid(sessionId)) return null;
  const session = await db().trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      offering: { select: { id: true, slug: true, title: true, menu: { select: { status: true } } } },
      title: true,
      startsAt: true,
      endsAt: true,
      servicePointId: true,
      place: true,
      remoteUrl: true,
      capacity: true,
      seatsTaken: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      eligibility: true,
      restrictedLibraryId: true,
      status: true,
      _count: { select: { enrolments: { where: { status: { in: ["CONFIRMED", "WAITLISTED"] } } } } },
      fromOrder: { select: { id: true, library: { select: { name: true } } } },
    },
  });
  if (!session) return null;
  const { offering, _count, fromOrder, ...rest } = session;
  return {
    ...rest,
    offering: { id: offering.id, slug: offering.slug, title: offering.title, menuStatus: offering.menu.status },
    activeEnrolments: _count.enrolments,
    fromOrder: fromOrder ? { id: fromOrder.id, libraryName: fromOrder.library.name } : null,
  };
}

export type PlaceOptions = {
  libraries: { id: string; name: string; servicePoints: { id: string; name: string }[] }[];
};

/** Member libraries and their service points, for the session form's selects. */
export async function listPlaceOptions(): Promise<PlaceOptions> {
  const libraries = await db().library.findMany({
    select: {
      id: true,
      name: true,
      servicePoints: {
        where: { status: { not: "CLOSED" } },
        select: { id: true, name: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      },
    },
    orderBy: [{ region: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return { libraries };
}

export type ThemeOption = { id: string; nameFi: string; nameEn: string };

export async function listThemeOptions(): Promise<ThemeOption[]> {
  return db().theme.findMany({
    select: { id: true, nameFi: true, nameEn: true },
    orderBy: [{ sortOrder: "asc" }, { nameFi: "asc" }],
  });
}

export type MenuOption = { id: string; title: string; status: MenuStatus };

export async function listMenuOptions(): Promise<MenuOption[]> {
  return db().trainingMenu.findMany({
    select: { id: true, title: true, status: true },
    orderBy: [{ periodStart: "desc" }, { title: "asc" }],
  });
}

/** Every offering a reader can open (those of published menus), for the sitemap. */
export async function listPublishedOfferingPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db().offering.findMany({
    where: { menu: publishedMenu },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}

// ───────────── Cache tags (ADR 17): what a change shows on ─────────────

/** A session's change shows on the menu and its offering's page. */
export async function sessionCacheTags(sessionId: string, client: Db = db()): Promise<string[]> {
  const row = await client.trainingSession.findUnique({
    where: { id: sessionId },
    select: { offering: { select: { slug: true } } },
  });
  return row ? [MENU_TAG, offeringTag(row.offering.slug)] : [MENU_TAG];
}

/** An offering's change shows on the menu and its page. */
export async function offeringCacheTags(offeringId: string, client: Db = db()): Promise<string[]> {
  const row = await client.offering.findUnique({ where: { id: offeringId }, select: { slug: true } });
  return row ? [MENU_TAG, offeringTag(row.slug)] : [MENU_TAG];
}

/** A menu's change shows on the menu page and every page of its offerings. */
export async function menuCacheTags(menuId: string, client: Db = db()): Promise<string[]> {
  const rows = await client.offering.findMany({ where: { menuId }, select: { slug: true } });
  return [MENU_TAG, ...rows.map((row) => offeringTag(row.slug))];
}

/** A theme's name shows on the menu and on the pages of offerings in it. */
export async function themeCacheTags(themeId: string, client: Db = db()): Promise<string[]> {
  const rows = await client.offeringTheme.findMany({
    where: { themeId },
    select: { offering: { select: { slug: true } } },
  });
  return [MENU_TAG, ...rows.map((row) => offeringTag(row.offering.slug))];
}

/** An enrolment's change shows in its session's seat count. */
export async function enrolmentCacheTags(enrolmentId: string, client: Db = db()): Promise<string[]> {
  const row = await client.enrolment.findUnique({
    where: { id: enrolmentId },
    select: { session: { select: { offering: { select: { slug: true } } } } },
  });
  return row ? [MENU_TAG, offeringTag(row.session.offering.slug)] : [MENU_TAG];
}
