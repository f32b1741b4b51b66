// Attendance marking through its server action against a real database:
// only after the start, only for those who held a seat, all or nothing, and
// every change audited. Also the participant list the session page reads.
// Only the request's plumbing is stood in for: the headers, Next's cache and
// Auth.js's auth(), which reads the actor's real Session row
// (support/stub-auth-config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { markAttendanceAction } from "@/lib/attendance/actions";
import { getParticipantList } from "@/lib/attendance/data";
import { attendanceState, peopledSession } from "./after-session-fixtures";
import { createUsers, removeCreated } from "./enrolment-fixtures";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));

const HOUR = 3600 * 1000;
let db: Db;
let coordinator: Actor;
let staff: Actor;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const juli = await db.user.findUniqueOrThrow({
    where: { email: "juli@tampere.fi" },
    select: { id: true, roles: true, libraryId: true },
  });
  coordinator = juli;
  [staff] = (await createUsers(db, 1)) as [Actor];
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

async function mark(actor: Actor | null, values: Record<string, string | string[]>): Promise<FormState> {
  request.actor = actor;
  return markAttendanceAction(idleForm, form(values));
}

const field = (enrolmentId: string) => `marks.${enrolmentId}`;

describe("marking attendance", () => {
  it("marks the seated ATTENDED or NO_SHOW in one save, audits each change, and keeps the seats", async () => {
    const s = await peopledSession(db);
    const [a, b] = s.seated as [(typeof s.seated)[0], (typeof s.seated)[0]];
    const before = await attendanceState(db, s.sessionId);

    const state = await mark(coordinator, {
      sessionId: s.sessionId,
      [field(a.enrolmentId)]: "ATTENDED",
      [field(b.enrolmentId)]: "NO_SHOW",
    });
    expect(state).toMatchObject({
      status: "saved",
      notice: { key: "afterSession.attendance.saved", vars: { changed: 2, attended: 1, noShow: 1 } },
    });
    const after = await attendanceState(db, s.sessionId);
    expect(after.statuses).toEqual({ ...before.statuses, [a.enrolmentId]: "ATTENDED", [b.enrolmentId]: "NO_SHOW" });
    expect(after.seatsTaken).toBe(before.seatsTaken);
    expect(after.audits).toBe(2);
    const trail = await db.auditEvent.findFirstOrThrow({
      where: { action: "enrolment.attendance", entityId: b.enrolmentId },
      select: { actorId: true, entityType: true, before: true, after: true },
    });
    expect(trail).toEqual({
      actorId: coordinator.id,
      entityType: "Enrolment",
      before: { status: "CONFIRMED" },
      after: { sessionId: s.sessionId, status: "NO_SHOW" },
    });

    // The same marks again change nothing and leave no trail; a correction is audited.
    const again = await mark(coordinator, {
      sessionId: s.sessionId,
      [field(a.enrolmentId)]: "ATTENDED",
      [field(b.enrolmentId)]: "NO_SHOW",
    });
    expect(again.notice?.vars).toMatchObject({ changed: 0 });
    expect((await attendanceState(db, s.sessionId)).audits).toBe(2);
    const corrected = await mark(coordinator, { sessionId: s.sessionId, [field(b.enrolmentId)]: "ATTENDED" });
    expect(corrected.notice?.vars).toMatchObject({ changed: 1 });
    const final = await attendanceState(db, s.sessionId);
    expect(final.statuses[b.enrolmentId]).toBe("ATTENDED");
    expect(final.audits).toBe(3);
  });

  it("is refused before the session has started, and nothing is written", async () => {
    const s = await peopledSession(db, { startsAt: new Date(Date.now() + 2 * HOUR) });
    const before = await attendanceState(db, s.sessionId);
    const state = await mark(coordinator, { sessionId: s.sessionId, [field(s.seated[0]!.enrolmentId)]: "ATTENDED" });
    expect(state).toMatchObject({ status: "error", formError: "afterSession.attendance.error.NOT_STARTED" });
    expect(await attendanceState(db, s.sessionId)).toEqual(before);
  });

  it("is refused for a cancelled session", async () => {
    const s = await peopledSession(db, { status: "CANCELLED" });
    const before = await attendanceState(db, s.sessionId);
    const state = await mark(coordinator, { sessionId: s.sessionId, [field(s.seated[0]!.enrolmentId)]: "NO_SHOW" });
    expect(state).toMatchObject({ status: "error", formError: "afterSession.attendance.error.SESSION_CANCELLED" });
    expect(await attendanceState(db, s.sessionId)).toEqual(before);
  });

  it("refuses the waitlisted and the cancelled beside their names, and then writes nobody's mark", async () => {
    const s = await peopledSession(db);
    const before = await attendanceState(db, s.sessionId);
    const waitlisted = s.waitlisted[0]!.enrolmentId;
    const cancelled = s.cancelled[0]!.enrolmentId;
    const state = await mark(coordinator, {
      sessionId: s.sessionId,
      [field(s.seated[0]!.enrolmentId)]: "ATTENDED",
      [field(waitlisted)]: "ATTENDED",
      [field(cancelled)]: "NO_SHOW",
    });
    expect(state).toMatchObject({
      status: "error",
      fields: {
        [field(waitlisted)]: "afterSession.attendance.error.notMarkable",
        [field(cancelled)]: "afterSession.attendance.error.notMarkable",
      },
    });
    expect(Object.keys(state.fields!)).toHaveLength(2);
    expect(await attendanceState(db, s.sessionId)).toEqual(before);
  });

  it("refuses an enrolment of another session as unknown", async () => {
    const s = await peopledSession(db);
    const other = await peopledSession(db, { waitlisted: 0, cancelled: 0 });
    const before = await attendanceState(db, other.sessionId);
    const stranger = other.seated[0]!.enrolmentId;
    const state = await mark(coordinator, { sessionId: s.sessionId, [field(stranger)]: "ATTENDED" });
    expect(state.fields).toEqual({ [field(stranger)]: "afterSession.attendance.error.unknown" });
    expect(await attendanceState(db, other.sessionId)).toEqual(before);
  });

  it("answers bad input with field messages: no marks, other statuses, unknown session", async () => {
    const s = await peopledSession(db);
    const before = await attendanceState(db, s.sessionId);
    const seated = s.seated[0]!.enrolmentId;
    expect(await mark(coordinator, { sessionId: s.sessionId })).toMatchObject({
      status: "error",
      formError: "afterSession.attendance.error.none",
    });
    expect(await mark(coordinator, { sessionId: s.sessionId, [field(seated)]: "CANCELLED" })).toMatchObject({
      fields: { [field(seated)]: "afterSession.attendance.error.mark" },
    });
    expect(await mark(coordinator, { sessionId: "nope", [field(seated)]: "ATTENDED" })).toMatchObject({
      fields: { sessionId: "validation.invalid" },
    });
    expect(
      await mark(coordinator, { sessionId: "00000000-0000-4000-8000-000000000000", [field(seated)]: "ATTENDED" }),
    ).toMatchObject({ fields: { sessionId: "trainingsAdmin.error.unknownSession" } });
    expect(await attendanceState(db, s.sessionId)).toEqual(before);
  });

  it("is for coordinators only: staff get FORBIDDEN, the signed-out UNAUTHENTICATED, cross-site is refused", async () => {
    const s = await peopledSession(db);
    const before = await attendanceState(db, s.sessionId);
    const values = { sessionId: s.sessionId, [field(s.seated[0]!.enrolmentId)]: "ATTENDED" };
    expect(await mark(staff, values)).toMatchObject({ status: "error", formError: "form.error.FORBIDDEN" });
    expect(await mark(null, values)).toMatchObject({ status: "error", formError: "form.error.UNAUTHENTICATED" });
    request.headers = crossOrigin();
    await expect(mark(coordinator, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await attendanceState(db, s.sessionId)).toEqual(before);
  });
});

describe("the participant list", () => {
  it("groups the seated by name, the waitlist by position and the cancelled, for coordinators only", async () => {
    const s = await peopledSession(db, { seated: 2, waitlisted: 2, cancelled: 1 });
    await db.user.update({ where: { id: s.seated[1]!.actor.id }, data: { name: "Aino Aaltonen" } });
    const list = await getParticipantList(coordinator, s.sessionId);
    expect(list).not.toBeNull();
    expect(list!.attendanceRefusal).toBeNull();
    expect(list!.seated.map((p) => p.enrolmentId)).toEqual([s.seated[1]!.enrolmentId, s.seated[0]!.enrolmentId]);
    expect(list!.seated[0]).toMatchObject({ name: "Aino Aaltonen", library: "Valkeakosken kaupunginkirjasto" });
    expect(list!.waitlisted.map((p) => [p.enrolmentId, p.waitlistPosition])).toEqual([
      [s.waitlisted[0]!.enrolmentId, 1],
      [s.waitlisted[1]!.enrolmentId, 2],
    ]);
    expect(list!.cancelled.map((p) => p.enrolmentId)).toEqual([s.cancelled[0]!.enrolmentId]);

    expect(await getParticipantList(staff, s.sessionId)).toBeNull();
    expect(await getParticipantList(null, s.sessionId)).toBeNull();
    expect(await getParticipantList(coordinator, "not-an-id")).toBeNull();
    expect((await getParticipantList(coordinator, s.sessionId, "export.read"))?.seated).toHaveLength(2);
    const future = await peopledSession(db, { startsAt: new Date(Date.now() + 2 * HOUR) });
    expect((await getParticipantList(coordinator, future.sessionId))!.attendanceRefusal).toBe("NOT_STARTED");
  });
});
