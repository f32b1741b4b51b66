// The materials forms: add a file, add a link, remove one. Errors are message
// keys. The file's size is checked here; its type is checked by content in
// the mutation (a name or a browser's media type proves nothing).
import { z } from "zod";
import { blankToUndefined, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { MaterialVisibility } from "@/lib/db/enums";
import { isHttpUrl, MAX_MATERIAL_BYTES, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from "./rules";

const visibility = z.preprocess(
  (value) => blankToUndefined(value) ?? "MEETING",
  z.enum(MaterialVisibility, { error: "validation.invalid" }),
);

/** An empty file input arrives as a nameless, empty File: that is "not given", not "an empty file". */
const uploadedFile = z.preprocess(
  (value) => (value instanceof File && value.size === 0 && value.name === "" ? undefined : (value ?? undefined)),
  z
    .file({ error: (issue) => (issue.input === undefined ? "materials.error.fileRequired" : "validation.invalid") })
    .min(1, { error: "materials.error.emptyFile" })
    .max(MAX_MATERIAL_BYTES, { error: "materials.error.tooLarge" }),
);

const httpUrl = z.preprocess(
  blankToUndefined,
  z
    .string({ error: (issue) => (issue.input === undefined ? "validation.required" : "materials.error.url") })
    .trim()
    .max(MAX_URL_LENGTH, { error: "validation.tooLong" })
    .refine(isHttpUrl, { error: "materials.error.url" })
    .transform((value) => new URL(value).href),
);

const target = { meetingId: requiredId, agendaItemId: requiredId, visibility };

export const materialFileSchema = z.object({
  ...target,
  file: uploadedFile,
  /** Blank: the file's name. */
  title: optionalText(MAX_TITLE_LENGTH),
});

export const materialLinkSchema = z.object({
  ...target,
  url: httpUrl,
  title: requiredText(MAX_TITLE_LENGTH),
});

export const materialRemoveSchema = z.object({
  meetingId: requiredId,
  materialId: requiredId,
  confirm: z.literal("yes", { error: "validation.invalid" }),
});

export type MaterialFileInput = z.infer<typeof materialFileSchema>;
export type MaterialLinkInput = z.infer<typeof materialLinkSchema>;
export type MaterialRemoveInput = z.infer<typeof materialRemoveSchema>;
