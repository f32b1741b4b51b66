// A job-shadowing round's figures for coordinators (issue 15 item 5): the
// page, its definitions, and the XLSX and CSV exports.
const fi = {
  "exchangeFigures.pageTitle": "Kierroksen luvut",
  "exchangeFigures.title": "Luvut: {round}",
  "exchangeFigures.lead":
    "Kierroksen vaihtopaikat, hakemukset sekä mukana olleet kirjastot ja kunnat, koko kierrokselta ja kirjastoittain. Luvut ovat tämän hetken tilanne.",
  "exchangeFigures.link": "Kierroksen {round} luvut",
  "exchangeFigures.status": "Kierroksen tila: {status}",
  "exchangeFigures.empty": "Kierroksella ei ole vielä vaihtopaikkoja eikä hakemuksia.",

  "exchangeFigures.totals": "Koko kierros",
  "exchangeFigures.totals.counts": "Vaihtopaikat ja hakemukset",
  "exchangeFigures.totals.involved": "Mukana olleet kirjastot ja kunnat",
  "exchangeFigures.total.offers": "Vaihtopaikat",
  "exchangeFigures.total.places": "Vierailijapaikat",
  "exchangeFigures.total.applications": "Hakemukset",
  "exchangeFigures.total.awaiting": "Odottaa päätöstä",
  "exchangeFigures.total.accepted": "Hyväksytyt",
  "exchangeFigures.total.completed": "Toteutuneet",
  "exchangeFigures.total.declined": "Hylätyt",
  "exchangeFigures.total.closed": "Suljetut",
  "exchangeFigures.total.withdrawn": "Perutut",
  "exchangeFigures.total.hostLibraries": "Vastaanottavat kirjastot",
  "exchangeFigures.total.hostMunicipalities": "Vastaanottavat kunnat",
  "exchangeFigures.total.visitorLibraries": "Vierailijoiden kirjastot",
  "exchangeFigures.total.visitorMunicipalities": "Vierailijoiden kunnat",
  "exchangeFigures.total.libraries": "Kirjastoja mukana yhteensä",
  "exchangeFigures.total.municipalities": "Kuntia mukana yhteensä",

  "exchangeFigures.define.title": "Näin luvut lasketaan",
  "exchangeFigures.define.offers":
    "Vaihtopaikat ovat kierroksen ilmoitetut vaihtopaikat, joita ei ole peruttu; vierailijapaikat on niiden paikkojen summa.",
  "exchangeFigures.define.applications":
    "Hakemuksiin lasketaan kaikki näihin vaihtopaikkoihin tehdyt hakemukset paitsi perutut, jotka ovat omana lukunaan. Päätöstä odottavat odottavat esihenkilön lupaa tai vastaanottajan päätöstä.",
  "exchangeFigures.define.accepted":
    "Hyväksyttyihin lasketaan hyväksytyt ja toteutuneet vierailut eli voimassa olevat paikat. Toteutuneet on merkitty toteutuneiksi raporttien jälkeen; suljetut on suljettu toteutumatta.",
  "exchangeFigures.define.involved":
    "Vastaanottavat kirjastot ja kunnat ovat ne, joilla on vaihtopaikka. Vierailijoiden kirjastot ja kunnat ovat ne, joista on hyväksytty vierailija. Mukana yhteensä lasketaan kumpikin joukko, kukin kirjasto ja kunta kerran.",
  "exchangeFigures.define.libraries":
    "Kirjastoittain-taulukossa on jokainen kirjasto, jolla on vaihtopaikka tai joka on lähettänyt hakemuksen (perutut pois lukien).",

  "exchangeFigures.libraries": "Kirjastoittain",
  "exchangeFigures.col.library": "Kirjasto",
  "exchangeFigures.col.municipality": "Kunta",
  "exchangeFigures.col.region": "Alue",
  "exchangeFigures.col.offers": "Vaihtopaikat",
  "exchangeFigures.col.places": "Vierailijapaikat",
  "exchangeFigures.col.received": "Saadut hakemukset",
  "exchangeFigures.col.acceptedAsHost": "Hyväksytyt vastaanottajana",
  "exchangeFigures.col.sent": "Lähetetyt hakemukset",
  "exchangeFigures.col.visitorsAccepted": "Hyväksytyt vierailijana",
  "exchangeFigures.col.completed": "Toteutuneet vierailijana",

  "exchangeFigures.export": "Lataa luvut",
  "exchangeFigures.xlsx": "XLSX: koko kierros ja kirjastoittain",
  "exchangeFigures.csv": "CSV (Excel): kirjastoittain",
  "exchangeFigures.sheet.totals": "Koko kierros",
  "exchangeFigures.sheet.libraries": "Kirjastoittain",
  "exchangeFigures.col.figure": "Luku",
  "exchangeFigures.col.value": "Määrä",
} as const;

const en: Record<keyof typeof fi, string> = {
  "exchangeFigures.pageTitle": "Round figures",
  "exchangeFigures.title": "Figures: {round}",
  "exchangeFigures.lead":
    "The round's offers, applications, and the libraries and municipalities involved, for the whole round and per library. The figures are as things stand now.",
  "exchangeFigures.link": "Figures of the round {round}",
  "exchangeFigures.status": "Status of the round: {status}",
  "exchangeFigures.empty": "The round has no offers or applications yet.",

  "exchangeFigures.totals": "Whole round",
  "exchangeFigures.totals.counts": "Offers and applications",
  "exchangeFigures.totals.involved": "Libraries and municipalities involved",
  "exchangeFigures.total.offers": "Offers",
  "exchangeFigures.total.places": "Visitor places",
  "exchangeFigures.total.applications": "Applications",
  "exchangeFigures.total.awaiting": "Awaiting a decision",
  "exchangeFigures.total.accepted": "Accepted",
  "exchangeFigures.total.completed": "Completed",
  "exchangeFigures.total.declined": "Declined",
  "exchangeFigures.total.closed": "Closed",
  "exchangeFigures.total.withdrawn": "Withdrawn",
  "exchangeFigures.total.hostLibraries": "Host libraries",
  "exchangeFigures.total.hostMunicipalities": "Host municipalities",
  "exchangeFigures.total.visitorLibraries": "Visitors' libraries",
  "exchangeFigures.total.visitorMunicipalities": "Visitors' municipalities",
  "exchangeFigures.total.libraries": "Libraries involved in total",
  "exchangeFigures.total.municipalities": "Municipalities involved in total",

  "exchangeFigures.define.title": "How the figures are counted",
  "exchangeFigures.define.offers":
    "Offers are the round's published offers that have not been withdrawn; visitor places are the sum of their places.",
  "exchangeFigures.define.applications":
    "Applications are all applications to those offers except the withdrawn ones, which are counted separately. Awaiting a decision: waiting for the supervisor's consent or the host's decision.",
  "exchangeFigures.define.accepted":
    "Accepted counts the accepted and the completed visits, that is the places that stand. Completed ones have been marked completed after the reports; closed ones were closed without taking place.",
  "exchangeFigures.define.involved":
    "Host libraries and municipalities are those with an offer. Visitors' libraries and municipalities are those with an accepted visitor. Involved in total counts both, each library and municipality once.",
  "exchangeFigures.define.libraries":
    "The table by library lists every library with an offer or an application sent (withdrawn ones aside).",

  "exchangeFigures.libraries": "By library",
  "exchangeFigures.col.library": "Library",
  "exchangeFigures.col.municipality": "Municipality",
  "exchangeFigures.col.region": "Region",
  "exchangeFigures.col.offers": "Offers",
  "exchangeFigures.col.places": "Visitor places",
  "exchangeFigures.col.received": "Applications received",
  "exchangeFigures.col.acceptedAsHost": "Accepted as host",
  "exchangeFigures.col.sent": "Applications sent",
  "exchangeFigures.col.visitorsAccepted": "Accepted as visitor",
  "exchangeFigures.col.completed": "Completed as visitor",

  "exchangeFigures.export": "Download the figures",
  "exchangeFigures.xlsx": "XLSX: whole round and by library",
  "exchangeFigures.csv": "CSV (Excel): by library",
  "exchangeFigures.sheet.totals": "Whole round",
  "exchangeFigures.sheet.libraries": "By library",
  "exchangeFigures.col.figure": "Figure",
  "exchangeFigures.col.value": "Value",
};

export default { fi, en };
