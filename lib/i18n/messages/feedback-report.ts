// Feedback across offerings for coordinators (issue 16 item 4): the page
// /raportit/palaute, its filters, tables, definitions and the comments list.
const fi = {
  "feedbackReport.pageTitle": "Palaute koulutuksista",
  "feedbackReport.lead":
    "Osallistuneiden antama palaute koulutuksittain, teemoittain ja vuosittain: vastausosuus, arvosanojen keskiarvo ja jakauma sekä kommentit ilman antajien nimiä.",

  "feedbackReport.filter.title": "Rajaa",
  "feedbackReport.filter.year": "Vuosi",
  "feedbackReport.filter.theme": "Teema",
  "feedbackReport.filter.allThemes": "Kaikki teemat",
  "feedbackReport.filter.submit": "Näytä",
  "feedbackReport.filter.clear": "Tyhjennä rajaus",
  "feedbackReport.filter.invalid": "Rajaus ei kelpaa. Näytetään kuluvan vuoden palaute kaikista teemoista.",

  "feedbackReport.showing": "Vuosi {year}, kaikki teemat: {count, plural, one {# vastaus} other {# vastausta}}.",
  "feedbackReport.showingTheme": "Vuosi {year}, teema {theme}: {count, plural, one {# vastaus} other {# vastausta}}.",
  "feedbackReport.empty":
    "Vuodelta {year} ei ole palautetta. Palautetta voivat antaa ne, jotka järjestäjä on merkinnyt osallistuneiksi.",
  "feedbackReport.emptyTheme":
    "Vuodelta {year} ei ole palautetta teeman {theme} koulutuksista. Palautetta voivat antaa ne, jotka järjestäjä on merkinnyt osallistuneiksi.",

  "feedbackReport.summary": "Yhteenveto",
  "feedbackReport.figure.sessionsHeld": "Pidetyt tilaisuudet",
  "feedbackReport.figure.attended": "Osallistuneet",
  "feedbackReport.figure.responses": "Vastaukset",
  "feedbackReport.figure.responseShare": "Vastausosuus",
  "feedbackReport.figure.average": "Arvosanojen keskiarvo (1–5)",
  "feedbackReport.figure.comments": "Kommentit",

  "feedbackReport.define.title": "Näin luvut lasketaan",
  "feedbackReport.define.sessions":
    "Mukana ovat vuoden aikana Suomen aikaa alkaneet tilaisuudet, joita ei ole peruttu.",
  "feedbackReport.define.attended":
    "Osallistuneita ovat ilmoittautuneet, jotka järjestäjä on merkinnyt osallistuneiksi: vain he voivat antaa palautetta. Vastausosuus on vastanneiden osuus heistä.",
  "feedbackReport.define.themes":
    "Koulutus, jolla on useampi teema, lasketaan jokaisen teemansa riville. Yhteenvedossa jokainen osallistuja on mukana kerran.",

  "feedbackReport.byTheme": "Teemoittain",
  "feedbackReport.byOffering": "Koulutuksittain",
  "feedbackReport.trend": "Vuosittain {first}–{last}",
  "feedbackReport.col.theme": "Teema",
  "feedbackReport.col.offering": "Koulutus",
  "feedbackReport.col.themes": "Teemat",
  "feedbackReport.col.year": "Vuosi",
  "feedbackReport.col.sessionsHeld": "Tilaisuudet",
  "feedbackReport.col.attended": "Osallistuneet",
  "feedbackReport.col.responses": "Vastaukset",
  "feedbackReport.col.responseShare": "Vastausosuus",
  "feedbackReport.col.average": "Keskiarvo",
  "feedbackReport.col.distribution": "Vastaukset arvosanoittain",
  "feedbackReport.col.rating": "Arvosana {rating}",
  "feedbackReport.noTheme": "Ei teemaa",
  "feedbackReport.none": "–",

  "feedbackReport.comments": "Kommentit",
  "feedbackReport.comments.count":
    "{count, plural, =0 {Kommentteja ei ole.} one {# kommentti.} other {# kommenttia, uusimmat ensin.}}",
  "feedbackReport.comments.anonymous": "Kommentit näytetään ilman antajien nimiä.",
  "feedbackReport.comments.quote": "”{text}”",
  "feedbackReport.comments.rating": "Arvosana {rating}/5",
  "feedbackReport.comments.about": "{offering}, tilaisuus {date}",
  "feedbackReport.comments.pageEmpty": "Tällä sivulla ei ole kommentteja.",
} as const;

const en: Record<keyof typeof fi, string> = {
  "feedbackReport.pageTitle": "Feedback on trainings",
  "feedbackReport.lead":
    "The feedback given by those who attended, per training, theme and year: the share of responses, the mean rating and its distribution, and the comments without the names of those who gave them.",

  "feedbackReport.filter.title": "Filter",
  "feedbackReport.filter.year": "Year",
  "feedbackReport.filter.theme": "Theme",
  "feedbackReport.filter.allThemes": "All themes",
  "feedbackReport.filter.submit": "Show",
  "feedbackReport.filter.clear": "Clear the filter",
  "feedbackReport.filter.invalid": "The filter is not valid. Showing this year's feedback on every theme.",

  "feedbackReport.showing": "Year {year}, all themes: {count, plural, one {# response} other {# responses}}.",
  "feedbackReport.showingTheme": "Year {year}, theme {theme}: {count, plural, one {# response} other {# responses}}.",
  "feedbackReport.empty":
    "There is no feedback from {year}. Feedback can be given by those the organisers have marked as having attended.",
  "feedbackReport.emptyTheme":
    "There is no feedback from {year} on the trainings of the theme {theme}. Feedback can be given by those the organisers have marked as having attended.",

  "feedbackReport.summary": "Summary",
  "feedbackReport.figure.sessionsHeld": "Sessions held",
  "feedbackReport.figure.attended": "Attended",
  "feedbackReport.figure.responses": "Responses",
  "feedbackReport.figure.responseShare": "Share of responses",
  "feedbackReport.figure.average": "Mean rating (1–5)",
  "feedbackReport.figure.comments": "Comments",

  "feedbackReport.define.title": "How the figures are counted",
  "feedbackReport.define.sessions":
    "The sessions that started during the year in Finnish time and were not cancelled are included.",
  "feedbackReport.define.attended":
    "Attended are those enrolled whom the organisers have marked as having attended: only they can give feedback. The share of responses is the share of them who responded.",
  "feedbackReport.define.themes":
    "A training with several themes is counted on the row of each of its themes. In the summary, every attendee is counted once.",

  "feedbackReport.byTheme": "Per theme",
  "feedbackReport.byOffering": "Per training",
  "feedbackReport.trend": "Per year {first}–{last}",
  "feedbackReport.col.theme": "Theme",
  "feedbackReport.col.offering": "Training",
  "feedbackReport.col.themes": "Themes",
  "feedbackReport.col.year": "Year",
  "feedbackReport.col.sessionsHeld": "Sessions",
  "feedbackReport.col.attended": "Attended",
  "feedbackReport.col.responses": "Responses",
  "feedbackReport.col.responseShare": "Share of responses",
  "feedbackReport.col.average": "Mean",
  "feedbackReport.col.distribution": "Responses per rating",
  "feedbackReport.col.rating": "Rating {rating}",
  "feedbackReport.noTheme": "No theme",
  "feedbackReport.none": "–",

  "feedbackReport.comments": "Comments",
  "feedbackReport.comments.count":
    "{count, plural, =0 {There are no comments.} one {# comment.} other {# comments, the newest first.}}",
  "feedbackReport.comments.anonymous": "Comments are shown without the names of those who gave them.",
  "feedbackReport.comments.quote": "“{text}”",
  "feedbackReport.comments.rating": "Rating {rating}/5",
  "feedbackReport.comments.about": "{offering}, session on {date}",
  "feedbackReport.comments.pageEmpty": "There are no comments on this page.",
} as const;

export default { fi, en };
