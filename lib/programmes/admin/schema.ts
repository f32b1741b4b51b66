// Inputs of the coordinators' programme editor: a part (title, description,
// how it is done, the training it needs, material links, required or not),
// moving and removing a part, the deadline, publishing. Messages are catalogue
// keys (lib/i18n/messages/programmes-admin.ts).
import { z } from "zod";
import {
  checkbox,
  confirmed,
  optionalId,
  optionalText,
  requiredId,
  requiredText,
  safeHttpUrl,
} from "@/lib/http/fields";
import { parseDay } from "@/lib/dates/days";
import { PART_MODES, type MaterialLink } from "../rules";

export const MAX_PARTS = 40;
export const MAX_MATERIALS = 20;

/**
 * Material links as coordinators type them, one per line: "Title | https://…"
 * or a bare address (then the address is its own title).
 */
export function parseMaterialLines(text: string): { ok: true; links: MaterialLink[] } | { ok: false } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_MATERIALS) return { ok: false };
  const links: MaterialLink[] = [];
  for (const line of lines) {
    const bar = line.lastIndexOf("|");
    const title = bar >= 0 ? line.slice(0, bar).trim() : "";
    const url = safeHttpUrl(bar >= 0 ? line.slice(bar + 1).trim() : line);
    if (!url || title.length > 200 || url.length > 2_000) return { ok: false };
    links.push({ title: title || url, url });
  }
  return { ok: true, links };
}

/** The material links back as the form's text. */
export const materialLines = (links: readonly MaterialLink[]) =>
  links.map((link) => (link.title === link.url ? link.url : `${link.title} | ${link.url}`)).join("\n");

const materialsField = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z.string().transform((text, ctx) => {
    const parsed = parseMaterialLines(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: "programmesAdmin.validation.materials" });
      return z.NEVER;
    }
    return parsed.links;
  }),
);

export const partSchema = z
  .object({
    offeringId: requiredId,
    /** Absent: a new part at the end. */
    partId: optionalId,
    title: requiredText(200),
    description: optionalText(5_000),
    mode: z.enum(PART_MODES, { error: "validation.invalid" }),
    linkedOfferingId: optionalId,
    materials: materialsField,
    required: checkbox,
  })
  .superRefine((input, ctx) => {
    if (input.mode === "ATTENDANCE" && !input.linkedOfferingId) {
      ctx.addIssue({
        code: "custom",
        path: ["linkedOfferingId"],
        message: "programmesAdmin.validation.linkedOffering",
      });
    }
  })
  .transform((input) => ({
    ...input,
    // Only an attendance part names a training.
    linkedOfferingId: input.mode === "ATTENDANCE" ? (input.linkedOfferingId ?? null) : null,
  }));
export type PartInput = z.output<typeof partSchema>;

export const movePartSchema = z.object({
  partId: requiredId,
  direction: z.enum(["up", "down"], { error: "validation.invalid" }),
});

export const deletePartSchema = z.object({ partId: requiredId, confirm: confirmed() });

const dayField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string({ error: "programmesAdmin.validation.deadline" })
    .transform((value, ctx) => {
      const day = parseDay(value);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "programmesAdmin.validation.deadline" });
        return z.NEVER;
      }
      return day;
    })
    .optional(),
);

export const settingsSchema = z.object({
  offeringId: requiredId,
  /** Empty: no deadline. */
  deadline: dayField,
  published: checkbox,
});
export type SettingsInput = z.output<typeof settingsSchema>;
