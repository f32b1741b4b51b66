// Input schemas of the kit catalogue's forms (issue 12 item 1): a kit's
// details with its contents checklist, and its photo. Errors are message keys.
// The photo's size is checked here; its type is checked by content in the
// mutation (a name or a browser's media type proves nothing).
import { z } from "zod";
import { KitStatus } from "@/lib/db/enums";
import { blankToUndefined, checkbox, optionalId, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { SLUG, slugify } from "@/lib/libraries/rules";
import { MAX_KIT_PHOTO_BYTES, MAX_PHOTO_ALT_LENGTH, parseContentsRows } from "./rules";

export const MAX_SHIPPING_DAYS = 30;

const shippingDays = z.preprocess(
  (value) => {
    const blank = blankToUndefined(value);
    return typeof blank === "string" && /^\s*-?\d+\s*$/.test(blank) ? Number(blank) : blank;
  },
  z
    .number({
      error: (issue) => (issue.input === undefined ? "validation.required" : "kitCatalogue.error.shippingDays"),
    })
    .int({ error: "kitCatalogue.error.shippingDays" })
    .min(0, { error: "kitCatalogue.error.shippingDays" })
    .max(MAX_SHIPPING_DAYS, { error: "kitCatalogue.error.shippingDays" }),
);

const status = z.preprocess(
  (value) => blankToUndefined(value) ?? "AVAILABLE",
  z.enum(KitStatus, { error: "validation.invalid" }),
);

const slug = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "validation.invalid" })
    .trim()
    .toLowerCase()
    .max(80, { error: "validation.tooLong" })
    .regex(SLUG, { error: "kitCatalogue.error.slug" })
    .optional(),
);

/** An empty file input arrives as an empty File (or a blank string): that is "not given". */
const optionalPhoto = z.preprocess(
  (value) => (value instanceof Blob && value.size === 0 ? undefined : (blankToUndefined(value) ?? undefined)),
  z
    .file({ error: "validation.invalid" })
    .min(1, { error: "kitCatalogue.error.photoEmpty" })
    .max(MAX_KIT_PHOTO_BYTES, { error: "kitCatalogue.error.photoTooLarge" })
    .optional(),
);

const fields = {
  name: requiredText(200),
  slug,
  themeId: optionalId,
  description: optionalText(5000),
  homeLibraryId: optionalId,
  shippingDays,
  requiresApproval: checkbox,
  status,
  guide: optionalText(20000),
  /** The checklist's rows as the form sends them: parallel lists, one entry per row. */
  contentsItem: z.unknown(),
  contentsCount: z.unknown(),
  photo: optionalPhoto,
  photoAlt: optionalText(MAX_PHOTO_ALT_LENGTH),
  removePhoto: checkbox,
};

type Raw = {
  slug?: string | undefined;
  name: string;
  contentsItem: unknown;
  contentsCount: unknown;
  photo?: File | undefined;
  photoAlt?: string | undefined;
};

/** The checklist parsed, the slug derived, a photo's alt text required with the photo; null after an issue. */
function refine<T extends Raw>(input: T, ctx: z.RefinementCtx) {
  const contents = parseContentsRows(input.contentsItem, input.contentsCount);
  if (!contents.ok) ctx.addIssue({ code: "custom", path: ["contents"], message: contents.message });
  if (input.photo && !input.photoAlt) {
    ctx.addIssue({ code: "custom", path: ["photoAlt"], message: "kitCatalogue.error.photoAlt" });
  }
  const derived = input.slug ?? slugify(input.name);
  if (!SLUG.test(derived)) ctx.addIssue({ code: "custom", path: ["slug"], message: "kitCatalogue.error.slug" });
  if (!contents.ok || !SLUG.test(derived) || (input.photo && !input.photoAlt)) return null;
  const { contentsItem: _items, contentsCount: _counts, ...rest } = input;
  return { ...rest, slug: derived, contents: contents.rows };
}

export const kitCreateSchema = z.object(fields).transform((input, ctx) => refine(input, ctx) ?? z.NEVER);
export type KitCreateInput = z.infer<typeof kitCreateSchema>;

/** On an existing kit a blank slug keeps its address (the mutation decides). */
export const kitUpdateSchema = z.object({ kitId: requiredId, ...fields }).transform((input, ctx) => {
  const refined = refine({ ...input, slug: input.slug ?? "keep" }, ctx);
  return refined ? { ...refined, slug: input.slug } : z.NEVER;
});
export type KitUpdateInput = z.infer<typeof kitUpdateSchema>;
