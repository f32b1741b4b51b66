// Reads of the kit catalogue (issue 12 item 1): the coordinators' edit form,
// and what the public kit pages show beside lib/kits/data.ts (photo, guide,
// the booked periods of the availability calendar). Public reads take no
// actor: they go into cached pages. Photo bytes are read through
// lib/db/bytes, never through Prisma (ADR 18).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { bytesPool } from "@/lib/db/bytes";
import type { KitStatus } from "@/lib/db/enums";
import { isUuid } from "@/lib/http/fields";
import { parseKitContents, type KitContentsItem } from "@/lib/kits/data";
import { KIT_HOLDING_STATUSES, monthBounds, type BookedPeriod } from "./rules";

export type KitPhotoRef = { id: string; alt: string; width: number; height: number };

const photoSelect = { id: true, alt: true, width: true, height: true } as const;

export type KitForEdit = {
  id: string;
  slug: string;
  name: string;
  themeId: string | null;
  description: string | null;
  homeLibraryId: string | null;
  shippingDays: number;
  requiresApproval: boolean;
  status: KitStatus;
  guide: string | null;
  contents: KitContentsItem[];
  photo: KitPhotoRef | null;
};

/** One kit with every field of its form (retired ones too); null unless the actor manages kits. */
export async function getKitForEdit(actor: Actor | null, slug: string): Promise<KitForEdit | null> {
  if (!can(actor, "kit.manage")) return null;
  const kit = await db().kit.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      themeId: true,
      description: true,
      homeLibraryId: true,
      shippingDays: true,
      requiresApproval: true,
      status: true,
      guide: true,
      contents: true,
      photo: { select: photoSelect },
    },
  });
  return kit ? { ...kit, contents: parseKitContents(kit.contents) } : null;
}

export type KitFormChoices = {
  themes: { id: string; nameFi: string; nameEn: string }[];
  libraries: { id: string; name: string }[];
};

/** The theme and home-library choices of the kit form; null unless the actor manages kits. */
export async function getKitFormChoices(actor: Actor | null): Promise<KitFormChoices | null> {
  if (!can(actor, "kit.manage")) return null;
  const [themes, libraries] = await Promise.all([
    db().theme.findMany({
      select: { id: true, nameFi: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { nameFi: "asc" }],
    }),
    db().library.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { themes, libraries };
}

/** The catalogue's thumbnails by kit slug (kits without a photo are absent). */
export async function listKitPhotos(): Promise<Record<string, KitPhotoRef>> {
  const photos = await db().kitPhoto.findMany({
    where: { kit: { status: { not: "RETIRED" } } },
    select: { ...photoSelect, kit: { select: { slug: true } } },
  });
  return Object.fromEntries(photos.map(({ kit, ...photo }) => [kit.slug, photo]));
}

export type KitCalendarPeriod = BookedPeriod & { id: string; library: { slug: string; name: string } };

export type KitCatalogueExtras = {
  guide: string | null;
  requiresApproval: boolean;
  photo: KitPhotoRef | null;
  /** Periods holding the kit that touch the given months, shipping days included. */
  periods: KitCalendarPeriod[];
};

/**
 * What the public kit page shows beside getKit: the guide, the photo, and
 * the booked periods (dates and library only) that touch the months from
 * `fromMonth` to `toMonth`. Retired kits are not public: null.
 */
export async function getKitCatalogueExtras(
  slug: string,
  fromMonth: string,
  toMonth: string,
): Promise<KitCatalogueExtras | null> {
  if (!can(null, "kit.read")) return null;
  const from = monthBounds(fromMonth).first;
  const to = monthBounds(toMonth).next;
  // Shipping days reach at most a month either side (schema: 30 days).
  const margin = 31 * 86_400_000;
  const kit = await db().kit.findFirst({
    where: { slug, status: { not: "RETIRED" } },
    select: {
      guide: true,
      requiresApproval: true,
      photo: { select: photoSelect },
      reservations: {
        where: {
          status: { in: [...KIT_HOLDING_STATUSES] },
          endDate: { gte: new Date(from.getTime() - margin) },
          startDate: { lt: new Date(to.getTime() + margin) },
        },
        select: {
          id: true,
          startDate: true,
          endDate: true,
          shippingDays: true,
          library: { select: { slug: true, name: true } },
        },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!kit) return null;
  const { reservations, ...rest } = kit;
  return { ...rest, periods: reservations };
}

export type KitPhotoFile = { mimeType: string; bytes: Buffer };

/**
 * A kit photo's bytes (the page's size or the catalogue's thumbnail). Both are
 * bounded by the upload's re-encoding (at most 1200 px), so one read; null
 * for an unknown id.
 */
export async function getKitPhotoFile(id: string, variant: "display" | "thumbnail"): Promise<KitPhotoFile | null> {
  if (!isUuid(id)) return null;
  const column = variant === "thumbnail" ? "thumbnail" : "content";
  const result = await bytesPool().query<{ mimeType: string; bytes: Buffer }>(
    `SELECT "mimeType", ${column} AS bytes FROM "KitPhoto" WHERE id = $1::uuid`,
    [id],
  );
  const row = result.rows[0];
  if (!row) return null;
  return { mimeType: variant === "thumbnail" ? "image/webp" : row.mimeType, bytes: row.bytes };
}
