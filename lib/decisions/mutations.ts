// Decisions (päätökset) recorded under a meeting's agenda items while the
// minutes are written. Each write takes the acting user, locks the meeting
// (approving the minutes waits for it), checks that the actor may write the
// minutes, runs in one transaction and leaves an AuditEvent.
import "server-only";
import { assertSignedIn, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/http/errors";
import { agendaItemOfMeeting, lockMeetingForOutcomes } from "@/lib/meetings/mutations";
import type { DecisionCreateInput, DecisionDeleteInput, DecisionUpdateInput } from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

async function createDecisionUncached(actor: Actor | null, input: DecisionCreateInput): Promise<{ id: string }> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    if (!(await agendaItemOfMeeting(tx, meeting.id, input.agendaItemId))) {
      throw fieldError("agendaItemId", "actionItems.error.unknownAgendaItem");
    }
    const last = await tx.decision.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const decision = await tx.decision.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        text: input.text,
        position: (last._max.position ?? 0) + 1,
      },
      select: { id: true },
    });
    await audit(
      tx,
      actor,
      "decision.create",
      { type: "Decision", id: decision.id },
      { after: { meetingId: meeting.id, agendaItemId: input.agendaItemId, text: input.text } },
    );
    return decision;
  });
}

async function updateDecisionUncached(actor: Actor | null, input: DecisionUpdateInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const before = await tx.decision.findFirst({
      where: { id: input.decisionId, meetingId: meeting.id },
      select: { text: true },
    });
    if (!before) throw fieldError("decisionId", "actionItems.error.unknownDecision");
    await tx.decision.update({ where: { id: input.decisionId }, data: { text: input.text } });
    await audit(
      tx,
      actor,
      "decision.update",
      { type: "Decision", id: input.decisionId },
      {
        before,
        after: { text: input.text },
      },
    );
  });
}

async function deleteDecisionUncached(actor: Actor | null, input: DecisionDeleteInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const before = await tx.decision.findFirst({
      where: { id: input.decisionId, meetingId: meeting.id },
      select: { text: true, agendaItemId: true },
    });
    if (!before) throw fieldError("decisionId", "actionItems.error.unknownDecision");
    await tx.decision.delete({ where: { id: input.decisionId } });
    await audit(tx, actor, "decision.delete", { type: "Decision", id: input.decisionId }, { before });
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const createDecision = invalidating(createDecisionUncached, meetingPages);
export const updateDecision = invalidating(updateDecisionUncached, meetingPages);
export const deleteDecision = invalidating(deleteDecisionUncached, meetingPages);
