// The meeting's sub-navigation: one page per task.
const fi = {
  "meetingNav.label": "Kokouksen sivut",
  "meetingNav.overview": "Kokous",
  "meetingNav.edit": "Tiedot ja asialista",
  "meetingNav.materials": "Materiaalit",
  "meetingNav.newsRound": "Kuulumiskierros",
  "meetingNav.minutes": "Muistion kirjoitus",
  "meetingNav.decisions": "Päätökset ja toimenpiteet",
  "meetingNav.print": "Tulostettava muistio",
} as const;

const en: Record<keyof typeof fi, string> = {
  "meetingNav.label": "Meeting pages",
  "meetingNav.overview": "Meeting",
  "meetingNav.edit": "Details and agenda",
  "meetingNav.materials": "Materials",
  "meetingNav.newsRound": "News round",
  "meetingNav.minutes": "Write minutes",
  "meetingNav.decisions": "Decisions and action items",
  "meetingNav.print": "Printable minutes",
};

export default { fi, en };
