// Marking and unmarking interest in an offering. Interest is for offerings
// with no session open to the person; where one is open, they enrol instead.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/mutations";
import { assertCan } from "@/lib/auth/policy";
import { fieldError } from "@/lib/http/errors";
import { isOpenTo } from "@/lib/trainings/rules";
import type { InterestInput } from "./schema";

export async function setInterest(actor: Actor | null, input: InterestInput): Promise<{ interested: boolean }> {
  assertCan(actor, "interest.express");
  const now = new Date();
  return db().$transaction(async (tx) => {
    const offering = await tx.offering.findFirst({
      where: { id: input.offeringId, menu: { status: "PUBLISHED" } },
      select: {
        id: true,
        sessions: {
          where: { status: "SCHEDULED", startsAt: { gte: now } },
          select: {
            status: true,
            startsAt: true,
            registrationClosesAt: true,
            eligibility: true,
            restrictedLibraryId: true,
          },
        },
      },
    });
    if (!offering) throw fieldError("offeringId", "interest.error.unknownOffering");
    const key = { userId: actor.id, offeringId: offering.id };
    if (input.interested) {
      if (offering.sessions.some((session) => isOpenTo(session, actor.libraryId, now))) {
        throw fieldError("_", "interest.error.sessionOpen");
      }
      // A double click marks once.
      const { count } = await tx.interest.createMany({ data: [key], skipDuplicates: true });
      if (count > 0) await audit(tx, actor, "interest.add", { type: "Offering", id: offering.id });
    } else {
      const { count } = await tx.interest.deleteMany({ where: key });
      if (count > 0) await audit(tx, actor, "interest.remove", { type: "Offering", id: offering.id });
    }
    return { interested: input.interested };
  });
}
