// Addresses of the calendar feeds, as people paste them into Outlook.
export function personalFeedUrl(origin: string, token: string): string {
  return new URL(`/api/calendar/me/${token}.ics`, origin).toString();
}

export function menuFeedUrl(origin: string): string {
  return new URL("/api/calendar/trainings.ics", origin).toString();
}
