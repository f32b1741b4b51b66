// The catalogue prefixes the meeting forms need in the browser (pickText):
// everything but the mail texts, and how a person without a name is shown.
export const MEETING_FORM_TEXT = [
  "person.",
  "meetingsAdmin.field.",
  "meetingsAdmin.group.",
  "meetingsAdmin.error.",
  "meetingsAdmin.item.",
  "meetingsAdmin.agenda.",
  "meetingsAdmin.attendance.",
  "meetingsAdmin.status.",
  "meetingsAdmin.delete.",
  "meetingsAdmin.details.",
  "meetingsAdmin.save",
  "meetingsAdmin.create",
];
