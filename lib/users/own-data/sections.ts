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
  "workshopOrders",
  "attendances",
  "chairedMeetings",
  "secretaryMeetings",
  "presentedItems",
  "uploadedMaterials",
  "minutesRevisions",
  "libraryUpdates",
  "ownedActionItems",
  "actionItemReviews",
  "createdPolls",
  "pollVotes",
  "networkMemberships",
  "exchangeOffersHosted",
  "exchangeApplications",
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
};
