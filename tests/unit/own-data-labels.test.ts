import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/enums";
import { en, fi } from "@/lib/i18n/messages";
import { OWN_DATA_VALUE_LABELS } from "@/lib/users/own-data/sections";

// Which enum each labelled field of the all-data page holds; a new labelled
// field without an entry here fails the first test.
const ENUM_OF: Record<keyof typeof OWN_DATA_VALUE_LABELS, Record<string, string>> = {
  "profile.roles": enums.Role,
  "profile.locale": enums.Locale,
  "enrolments.status": enums.EnrolmentStatus,
  "workshopOrders.status": enums.WorkshopOrderStatus,
  "attendances.status": enums.AttendanceStatus,
  "ownedActionItems.status": enums.ActionItemStatus,
  "actionItemReviews.outcome": enums.ActionItemReviewOutcome,
  "pollVotes.answer": enums.PollAnswer,
  "networkMemberships.role": enums.MembershipRole,
  "networkMemberships.status": enums.MembershipStatus,
  "exchangeApplications.status": enums.ExchangeApplicationStatus,
  "kitReservations.status": enums.KitReservationStatus,
  "moduleCompletions.mode": enums.ProgrammePartMode,
  "programmes.status": enums.ParticipationStatus,
  "mentoringApplications.role": enums.MentoringRole,
  "mentoringApplications.status": enums.MentoringApplicationStatus,
  "servicePointChanges.fromStatus": enums.ServicePointStatus,
  "servicePointChanges.toStatus": enums.ServicePointStatus,
};

describe("all-data page enum labels", () => {
  it("knows the enum of every labelled field", () => {
    expect(Object.keys(ENUM_OF).sort()).toEqual(Object.keys(OWN_DATA_VALUE_LABELS).sort());
  });

  for (const [field, prefix] of Object.entries(OWN_DATA_VALUE_LABELS)) {
    it(`labels every value of ${field} in both languages`, () => {
      const values = Object.values(ENUM_OF[field as keyof typeof ENUM_OF]);
      const missing = values.filter((value) => !(prefix + value in fi) || !(prefix + value in en));
      expect(missing).toEqual([]);
    });
  }
});
