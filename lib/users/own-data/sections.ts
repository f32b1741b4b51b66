// The sections of a person's own data (issue 11, GDPR right of access), one
// per relation of the User model, and the relations left out with a reason.
// Client-safe: the page, the OpenAPI description and the tests read it;
// lib/users/own-data.ts loads each section.

export const OWN_DATA_SECTIONS = [
  "accounts",
  "sessions",
  "enrolments",
  "interests",
  "moduleCompletions",
  "programmes",
  "mentoringApplications",
  "workshopOrders",
  "attendances",
  "chairedMeetings",
  "secretaryMeetings",
  "presentedItems",
  "uploadedMaterials",
  "minutesRevisions",
  "playbookRevisions",
  "networkAnnouncements",
  "libraryUpdates",
  "ownedActionItems",
  "actionItemReviews",
  "createdPolls",
  "pollVotes",
  "networkMemberships",
  "exchangeOffersHosted",
  "exchangeApplications",
  "exchangeConsents",
  "exchangeReports",
  "kitReservations",
  "kitHandovers",
  "trainedOfferings",
  "representedLibraries",
  "servicePointChanges",
  "auditEvents",
] as const;

export type OwnDataSection = (typeof OWN_DATA_SECTIONS)[number];

/** Relations of User that are not the person's own data, and why. */
export const OWN_DATA_EXCLUDED: Record<string, string> = {
  library: "The person's library is in the profile (libraryName).",
  invitedBy: "The profile says when they were invited; the inviter's account is the inviter's data.",
  invitees: "The accounts of people this person invited are those people's data.",
  kitPhotos: "A kit's photo is the kit's; who uploaded it is in the audit trail (auditEvents).",
  confirmedCompletions:
    "Parts a coordinator confirmed are the participants' data; the confirming is in the audit trail.",
  revokedCertificates: "A certificate is its holder's; who revoked it is in the audit trail.",
  mentoringPairsMade: "The pairs a coordinator made are the applicants' data; the making is in the audit trail.",
};

/**
 * Stored enum values shown in words on the all-data page: `section.field` →
 * the message-key prefix its values are labelled under (the download keeps
 * the stored values). tests/unit/own-data-labels.test.ts checks that every
 * value of each enum has a label.
 */
export const OWN_DATA_VALUE_LABELS = {
  "profile.roles": "role.",
  "profile.locale": "profile.locale.",
  "enrolments.status": "enrolments.status.",
  "workshopOrders.status": "orders.status.",
  "attendances.status": "meetings.attendance.",
  "ownedActionItems.status": "meetings.actionStatus.",
  "actionItemReviews.outcome": "ownData.value.reviewOutcome.",
  "pollVotes.answer": "polls.answer.",
  "networkMemberships.role": "ownData.value.membershipRole.",
  "networkMemberships.status": "ownData.value.membershipStatus.",
  "exchangeApplications.status": "ownData.value.exchangeStatus.",
  "kitReservations.status": "kits.reservationStatus.",
  "moduleCompletions.mode": "programmes.mode.",
  "programmes.status": "programmes.status.",
  "mentoringApplications.role": "mentoring.role.",
  "mentoringApplications.status": "mentoring.status.",
  "servicePointChanges.fromStatus": "libraries.servicePointStatus.",
  "servicePointChanges.toStatus": "libraries.servicePointStatus.",
} as const satisfies Record<string, string>;
