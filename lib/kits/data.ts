import "server-only";
import { cache } from "react";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { KitReservationStatus, KitStatus } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { LIVE_STATUSES } from "@/lib/kits/reservations/rules";

// Kits belong to the public training offering (DESIGN.md §2); the policy has
// no separate read rule for them, so the menu's rule decides.
const READ = "kit.read";

/** Statuses of a reservation that still holds the kit for its period (the flow's, lib/kits/reservations/rules.ts). */
const LIVE_RESERVATIONS: KitReservationStatus[] = [...LIVE_STATUSES];

export type ThemeName = { nameFi: string; nameEn: string };

export type KitSummary = {
  slug: string;
  name: string;
  status: KitStatus;
  shippingDays: number;
  theme: ThemeName | null;
  homeLibrary: { slug: string; name: string } | null;
};

const summarySelect = {
  slug: true,
  name: true,
  status: true,
  shippingDays: true,
  theme: { select: { nameFi: true, nameEn: true } },
  homeLibrary: { select: { slug: true, name: true } },
} as const;

/** Kits in circulation or maintenance; retired ones are left out. */
export async function listKits(actor: Actor | null): Promise<KitSummary[]> {
  if (!can(actor, READ)) return [];
  return db().kit.findMany({
    where: { status: { not: "RETIRED" } },
    select: summarySelect,
    orderBy: { name: "asc" },
  });
}

// A bad count is dropped rather than the whole line; a bare string is an item without a count.
const contentsItem = z.union([
  z.object({
    item: z.string().trim().min(1),
    count: z.number().int().nonnegative().optional().catch(undefined),
  }),
  z
    .string()
    .trim()
    .min(1)
    .transform((item) => ({ item, count: undefined })),
]);

export type KitContentsItem = { item: string; count?: number | undefined };

/** Kit.contents is free JSON: keep the well-formed entries and skip the rest. */
export function parseKitContents(value: unknown): KitContentsItem[] {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return [];
  return list.data.flatMap((entry) => {
    const parsed = contentsItem.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export type KitReservationPeriod = {
  id: string;
  startDate: Date;
  endDate: Date;
  status: KitReservationStatus;
  library: { slug: string; name: string };
};

export type KitDetail = KitSummary & {
  description: string | null;
  contents: KitContentsItem[];
  reservations: KitReservationPeriod[];
};

/**
 * One kit with its contents list and upcoming booked periods (dates and
 * library only: who asked and why stay with the coordinators). Retired kits
 * are visible to those who manage kits only.
 */
export const getKit = cache(async (actor: Actor | null, slug: string): Promise<KitDetail | null> => {
  if (!can(actor, READ)) return null;
  const kit = await db().kit.findFirst({
    where: { slug, ...(can(actor, "kit.manage") ? {} : { status: { not: "RETIRED" } }) },
    select: {
      ...summarySelect,
      description: true,
      contents: true,
      reservations: {
        where: { status: { in: LIVE_RESERVATIONS }, endDate: { gte: helsinkiToday() } },
        select: {
          id: true,
          startDate: true,
          endDate: true,
          status: true,
          library: { select: { slug: true, name: true } },
        },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!kit) return null;
  return { ...kit, contents: parseKitContents(kit.contents) };
});

/** The kits anyone signed out can open (what listKits shows them), for the sitemap. */
export async function listPublicKitPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  if (!can(null, READ)) return [];
  return db().kit.findMany({
    where: { status: { not: "RETIRED" } },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}
