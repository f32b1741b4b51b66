// GET /api/action-items: the rows of ./data.ts as JSON, and their
// description for the OpenAPI document. The API speaks English: a person
// without a name is "Staff member (…)", never their address.
import { z } from "zod";
import { isoDay } from "@/lib/dates";
import { ActionItemStatus } from "@/lib/db/enums";
import { apiOperations, jsonDay, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import { translator } from "@/lib/i18n/translate";
import type { ActionItemRow, MeetingLink } from "./data";
import { ownerLabel } from "./rules";
import { apiQuerySchema } from "./schema";

const apiText = translator("en");

const meetingRefSchema = z.object({ id: jsonId, title: z.string(), startsAt: jsonInstant }).meta({ id: "MeetingRef" });

export const actionItemSchema = z
  .object({
    id: jsonId,
    title: z.string(),
    description: z.string().nullable(),
    owner: z
      .object({
        type: z.enum(["USER", "LIBRARY", "TEXT"]),
        id: jsonId.nullable().meta({ description: "The user's or library's id; null for a name typed as text" }),
        name: z.string(),
      })
      .nullable(),
    dueDate: jsonDay.nullable(),
    status: z.enum(ActionItemStatus),
    overdue: z.boolean().meta({ description: "OPEN and due before today in Helsinki" }),
    originMeeting: meetingRefSchema,
    closedInMeeting: meetingRefSchema.nullable().meta({
      description: "Where it was marked done; null while open, or when that meeting is not visible to the caller",
    }),
    closedAt: jsonInstant.nullable(),
    carriedOnIn: z.array(meetingRefSchema).meta({ description: "Meetings that reviewed it and carried it on" }),
  })
  .meta({ id: "ActionItem" });

export type ActionItemJson = z.output<typeof actionItemSchema>;

const meetingRef = (m: MeetingLink) => ({ id: m.id, title: m.title, startsAt: m.startsAt.toISOString() });

export function actionItemJson(item: ActionItemRow): ActionItemJson {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    owner: item.owner ? { type: item.owner.type, id: item.owner.id, name: ownerLabel(item.owner, apiText) } : null,
    dueDate: item.dueDate ? isoDay(item.dueDate) : null,
    status: item.status,
    overdue: item.overdue,
    originMeeting: meetingRef(item.originMeeting),
    closedInMeeting: item.closedInMeeting ? meetingRef(item.closedInMeeting) : null,
    closedAt: item.closedAt?.toISOString() ?? null,
    carriedOnIn: item.carriedOnIn.map(meetingRef),
  };
}

export const actionItemOperations = apiOperations([
  {
    operationId: "listActionItems",
    method: "get",
    path: "/api/action-items",
    tag: "action-items",
    summary: "Action items across the meetings the caller may see",
    session: "required",
    query: apiQuerySchema,
    responses: {
      200: {
        description: "A page of the action items, open ones first",
        schema: z.object({
          items: z.array(actionItemSchema),
          nextCursor: z
            .string()
            .nullable()
            .meta({ description: "Pass as ?cursor= for the next page; null on the last page" }),
        }),
      },
    },
    errors: { 401: "Signed out", 422: "Invalid or repeated status, owner, overdue, limit or cursor" },
  },
]);
