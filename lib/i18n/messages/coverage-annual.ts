// The network's annual figures (issue 16 item 3): the printable page, how the
// figures are counted, and the XLSX export's sheets and headings.
const fi = {
  "annualFigures.pageTitle": "Vuosiluvut",
  "annualFigures.title": "Verkoston vuosiluvut {year}",
  "annualFigures.lead":
    "Luvut, jotka verkosto raportoi vuosittain: tapahtumat, osallistujat, tavoitetut kirjastot ja kunnat, koulutustunnit, suoritukset, lainat ja vaihdot. Vuosi lasketaan Suomen aikaa 1.1. klo 0.00 alkaen.",
  "annualFigures.years": "Vuosi",
  "annualFigures.previousYear": "Edellinen vuosi: {year}",
  "annualFigures.nextYear": "Seuraava vuosi: {year}",
  "annualFigures.thisYear": "Kuluva vuosi",
  "annualFigures.print":
    "Tulostettava: tulosta sivu selaimen tulostustoiminnolla (Ctrl+P). Valikot, vuosilinkit ja latauslinkki jäävät paperilta pois.",

  "annualFigures.summary": "Yhteenveto",
  "annualFigures.summary.caption": "Vuoden {year} luvut ja vertailu vuoteen {previous}",
  "annualFigures.figure.eventsHeld": "Tapahtumat (koulutuskerrat)",
  "annualFigures.figure.networkEvents": "Joista verkostojen tapahtumia",
  "annualFigures.figure.participants": "Osallistujat",
  "annualFigures.figure.uniquePeople": "Eri henkilöt",
  "annualFigures.figure.librariesReached": "Tavoitetut kirjastot",
  "annualFigures.figure.municipalitiesReached": "Tavoitetut kunnat",
  "annualFigures.figure.trainingHours": "Koulutustunnit",
  "annualFigures.figure.participantHours": "Osallistujatunnit",
  "annualFigures.figure.programmeCompletions": "Suoritetut ohjelmat (aspa-ajokortti)",
  "annualFigures.figure.kitLoans": "PiKe-boksien lainat",
  "annualFigures.figure.exchangeVisits": "Työn varjostuksen vierailut",
  "annualFigures.figure.workshopOrders": "Työpajatilaukset",
  "annualFigures.figure.newNetworkMembers": "Uudet verkostojäsenyydet",
  "annualFigures.percent.none": "ei vertailukohtaa",

  "annualFigures.months": "Kuukausittain",
  "annualFigures.months.caption": "Tapahtumat ja osallistujat kuukausittain vuonna {year}",
  "annualFigures.themes": "Teemoittain",
  "annualFigures.themes.caption": "Tapahtumat, osallistujat ja koulutustunnit teemoittain vuonna {year}",
  "annualFigures.theme.none": "Ei teemaa",
  "annualFigures.regions": "Alueittain",
  "annualFigures.regions.caption": "Kirjastot, kunnat ja osallistujat alueittain vuonna {year}",
  "annualFigures.region.total": "Yhteensä",

  "annualFigures.col.figure": "Luku",
  "annualFigures.col.change": "Muutos",
  "annualFigures.col.percent": "Muutos %",
  "annualFigures.col.month": "Kuukausi",
  "annualFigures.col.events": "Tapahtumat",
  "annualFigures.col.participants": "Osallistujat",
  "annualFigures.col.theme": "Teema",
  "annualFigures.col.hours": "Koulutustunnit",
  "annualFigures.col.region": "Alue",
  "annualFigures.col.libraries": "Kirjastot",
  "annualFigures.col.librariesReached": "Tavoitetut kirjastot",
  "annualFigures.col.municipalities": "Kunnat",
  "annualFigures.col.municipalitiesReached": "Tavoitetut kunnat",

  "annualFigures.define.title": "Näin luvut lasketaan",
  "annualFigures.define.events":
    "Tapahtumat ovat vuoden aikana alkaneet koulutuskerrat, joita ei ole peruttu, myös ne, joilla ei ole isäntäkirjastoa (esim. webinaarit).",
  "annualFigures.define.participants":
    "Osallistujat ovat näiden kertojen vahvistetut ja läsnä olleiksi merkityt ilmoittautumiset; perutut, jonossa olevat ja saapumatta jääneet eivät ole mukana. Eri henkilöt lasketaan kukin kerran.",
  "annualFigures.define.reached":
    "Kirjasto on tavoitettu, jos se on vuoden aikana isännöinyt koulutuksen, sen henkilöstöä on osallistunut, se on lainannut PiKe-boksin, ollut mukana työn varjostuksessa tai tilannut työpajan.",
  "annualFigures.define.hours":
    "Koulutustunnit ovat tapahtumien kestojen summa; osallistujatunnit kunkin osallistujan tapahtuman kesto yhteen laskettuna.",
  "annualFigures.define.other":
    "Ohjelmat lasketaan suoritusvuoden mukaan, lainat alkamispäivän, vierailut vierailupäivän ja tilaukset tekopäivän mukaan; hylätyt tilaukset eivät ole mukana.",
  "annualFigures.define.tables":
    "Teemoittain-taulukossa usean teeman koulutus lasketaan jokaiseen teemaansa. Alueittain-taulukon osallistujat ovat alueen kirjastojen henkilöstöä; kirjastoon kuulumattomat ovat vain yhteenvedossa.",

  "annualFigures.xlsx": "XLSX: kaikki taulukot, kukin omalla välilehdellään",
  "annualFigures.sheet.summary": "Yhteenveto",
  "annualFigures.sheet.months": "Kuukausittain",
  "annualFigures.sheet.themes": "Teemoittain",
  "annualFigures.sheet.regions": "Alueittain",
} as const;

const en: Record<keyof typeof fi, string> = {
  "annualFigures.pageTitle": "Annual figures",
  "annualFigures.title": "The network's figures for {year}",
  "annualFigures.lead":
    "The figures the network reports every year: events, participants, libraries and municipalities reached, training hours, completions, loans and exchanges. The year starts on 1 January at 00:00 Finnish time.",
  "annualFigures.years": "Year",
  "annualFigures.previousYear": "Previous year: {year}",
  "annualFigures.nextYear": "Next year: {year}",
  "annualFigures.thisYear": "This year",
  "annualFigures.print":
    "Printable: print the page with the browser's print command (Ctrl+P). Menus, year links and the download link are left off the paper.",

  "annualFigures.summary": "Summary",
  "annualFigures.summary.caption": "The figures for {year} compared with {previous}",
  "annualFigures.figure.eventsHeld": "Events (training sessions)",
  "annualFigures.figure.networkEvents": "Of which network events",
  "annualFigures.figure.participants": "Participants",
  "annualFigures.figure.uniquePeople": "Different people",
  "annualFigures.figure.librariesReached": "Libraries reached",
  "annualFigures.figure.municipalitiesReached": "Municipalities reached",
  "annualFigures.figure.trainingHours": "Training hours",
  "annualFigures.figure.participantHours": "Participant hours",
  "annualFigures.figure.programmeCompletions": "Programmes completed (aspa-ajokortti)",
  "annualFigures.figure.kitLoans": "PiKe-box loans",
  "annualFigures.figure.exchangeVisits": "Job-shadowing visits",
  "annualFigures.figure.workshopOrders": "Workshop orders",
  "annualFigures.figure.newNetworkMembers": "New network memberships",
  "annualFigures.percent.none": "no basis for comparison",

  "annualFigures.months": "By month",
  "annualFigures.months.caption": "Events and participants by month in {year}",
  "annualFigures.themes": "By theme",
  "annualFigures.themes.caption": "Events, participants and training hours by theme in {year}",
  "annualFigures.theme.none": "No theme",
  "annualFigures.regions": "By region",
  "annualFigures.regions.caption": "Libraries, municipalities and participants by region in {year}",
  "annualFigures.region.total": "Total",

  "annualFigures.col.figure": "Figure",
  "annualFigures.col.change": "Change",
  "annualFigures.col.percent": "Change %",
  "annualFigures.col.month": "Month",
  "annualFigures.col.events": "Events",
  "annualFigures.col.participants": "Participants",
  "annualFigures.col.theme": "Theme",
  "annualFigures.col.hours": "Training hours",
  "annualFigures.col.region": "Region",
  "annualFigures.col.libraries": "Libraries",
  "annualFigures.col.librariesReached": "Libraries reached",
  "annualFigures.col.municipalities": "Municipalities",
  "annualFigures.col.municipalitiesReached": "Municipalities reached",

  "annualFigures.define.title": "How the figures are counted",
  "annualFigures.define.events":
    "Events are the training sessions that started in the year and were not cancelled, including those without a host library (webinars, for example).",
  "annualFigures.define.participants":
    "Participants are the confirmed and attended enrolments on those sessions; cancelled, waitlisted and no-show ones are left out. Different people counts each person once.",
  "annualFigures.define.reached":
    "A library is reached when in the year it hosted a session, its staff took part, it borrowed a PiKe box, took part in job shadowing or ordered a workshop.",
  "annualFigures.define.hours":
    "Training hours are the events' lengths added up; participant hours each participant's event length added up.",
  "annualFigures.define.other":
    "Programmes count by the year they were completed, loans by their start day, visits by the visit day and orders by the day they were made; declined orders are left out.",
  "annualFigures.define.tables":
    "In the table by theme, a training with several themes counts under each. The participants by region are the staff of the region's libraries; people without a library are in the summary only.",

  "annualFigures.xlsx": "XLSX: every table, each on its own sheet",
  "annualFigures.sheet.summary": "Summary",
  "annualFigures.sheet.months": "By month",
  "annualFigures.sheet.themes": "By theme",
  "annualFigures.sheet.regions": "By region",
};

export default { fi, en };
