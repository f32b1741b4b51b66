// The catalogue prefixes the meeting forms need in the browser (pickText):
// everything but the mail texts.
export const MEETING_FORM_TEXT = [
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
