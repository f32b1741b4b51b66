// Full-text search across steering-group meetings.
const fi = {
  "search.title": "Haku kokouksista",
  "search.lead": "Hae esityslistoista, pöytäkirjoista, kuulumiskierroksilta, päätöksistä ja toimenpiteistä.",
  "search.label": "Hae kokouksista",
  "search.submit": "Hae",
  "search.hint": "Kirjoita vähintään kaksi merkkiä. Haku löytää myös taivutetut muodot.",
  "search.empty": "Kirjoita hakusana yllä olevaan kenttään.",
  "search.noResults": "Haulla ”{q}” ei löytynyt mitään.",
  "search.resultCount": "Hakutuloksia: {count}",
  "search.signedOut": "Kirjaudu sisään, niin voit hakea kokousten sisällöstä.",
  "search.signInLink": "Kirjaudu sisään",
  "search.error.tooShort": "Kirjoita vähintään kaksi merkkiä.",
  "search.error.tooLong": "Hakusana saa olla enintään 200 merkkiä pitkä.",
  "search.kind.meeting": "Kokous",
  "search.kind.agendaItem": "Esityslistan kohta",
  "search.kind.minutes": "Pöytäkirja",
  "search.kind.newsRound": "Kuulumiskierros",
  "search.kind.decision": "Päätös",
  "search.kind.actionItem": "Toimenpide",
} as const;

const en: Record<keyof typeof fi, string> = {
  "search.title": "Search meetings",
  "search.lead": "Search agendas, minutes, news rounds, decisions and action items.",
  "search.label": "Search meetings",
  "search.submit": "Search",
  "search.hint": "Type at least two characters. Inflected Finnish forms are found too.",
  "search.empty": "Type a search term in the field above.",
  "search.noResults": "Nothing was found for “{q}”.",
  "search.resultCount": "Results: {count}",
  "search.signedOut": "Sign in to search the meetings' content.",
  "search.signInLink": "Sign in",
  "search.error.tooShort": "Type at least two characters.",
  "search.error.tooLong": "The search term can be at most 200 characters long.",
  "search.kind.meeting": "Meeting",
  "search.kind.agendaItem": "Agenda item",
  "search.kind.minutes": "Minutes",
  "search.kind.newsRound": "News round",
  "search.kind.decision": "Decision",
  "search.kind.actionItem": "Action item",
};

export default { fi, en };
