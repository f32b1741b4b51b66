// Reports after a job-shadowing visit, the coordinator's completing and
// closing, and the published reports (issue 15 item 4).
const fi = {
  "exchangeReports.title": "Raportit",
  "exchangeReports.lead":
    "Vierailun jälkeen sekä vierailija että vastaanottaja kirjoittavat lyhyen raportin: mitä opittiin ja mitä viedään omaan kirjastoon.",
  "exchangeReports.none": "Raportteja ei ole vielä kirjoitettu.",
  "exchangeReports.side.VISITOR": "Vierailijan raportti",
  "exchangeReports.side.HOST": "Vastaanottajan raportti",
  "exchangeReports.write.VISITOR": "Kirjoita vierailijan raportti",
  "exchangeReports.write.HOST": "Kirjoita vastaanottajan raportti",
  "exchangeReports.field.experience": "Mitä opin",
  "exchangeReports.field.takeHome": "Mitä vien kotiin",
  "exchangeReports.field.consentToPublish": "Raporttini saa julkaista kaikille kirjautuneille",
  "exchangeReports.field.closeReason": "Miksi vaihto päätetään",
  "exchangeReports.hint.experience.VISITOR": "Mitä näit ja teit, mikä yllätti, mikä toimi.",
  "exchangeReports.hint.experience.HOST": "Mitä vierailu antoi teille, mitä kysymyksiä se herätti.",
  "exchangeReports.hint.takeHome": "Yksi tai kaksi asiaa, joita kokeilette tai muutatte omassa kirjastossa.",
  "exchangeReports.hint.consentToPublish":
    "Julkaistu raportti näkyy nimesi ja kirjastosi kanssa vaihtoraporteissa, kun vaihto on merkitty toteutuneeksi.",
  "exchangeReports.hint.closeReason": "Hakija (ja vastaanottaja, jos hakemus oli jo hänellä) saa syyn viestissä.",
  "exchangeReports.submit": "Tallenna raportti",
  "exchangeReports.update": "Tallenna muutokset",
  "exchangeReports.consentGiven": "Julkaisulupa annettu",
  "exchangeReports.consentNotGiven": "Ei julkaisulupaa",
  "exchangeReports.published": "Julkaistu {date}",
  "exchangeReports.notYet": "Raportin voi kirjoittaa vierailupäivästä {date} alkaen.",
  "exchangeReports.coordinator.title": "Vaihdon päättäminen",
  "exchangeReports.coordinator.completeLead":
    "Molemmat raportit ovat saapuneet. Kun merkitset vaihdon toteutuneeksi, raportit, joiden julkaisuun kirjoittaja on suostunut, julkaistaan.",
  "exchangeReports.coordinator.waiting": "Vaihdon voi merkitä toteutuneeksi, kun molemmat raportit ovat saapuneet.",
  "exchangeReports.coordinator.closeLead":
    "Jos vaihto ei toteudu, päätä se ja kerro syy. Hyväksytyn vierailun paikka vapautuu.",
  "exchangeReports.complete": "Merkitse toteutuneeksi",
  "exchangeReports.close": "Päätä vaihto",
  "exchangeReports.closed": "Vaihto päätettiin {date}.",
  "exchangeReports.completed": "Vaihto merkittiin toteutuneeksi {date}.",
  "exchangeReports.list.title": "Vaihtoraportit",
  "exchangeReports.list.lead":
    "Mitä työn varjostuksessa opittiin: vierailijoiden ja vastaanottajien raportit toteutuneista vaihdoista teemoittain, kirjoittajien luvalla.",
  "exchangeReports.list.link": "Lue vaihtoraportit",
  "exchangeReports.list.filter": "Rajaa raportteja",
  "exchangeReports.list.count":
    "{count, plural, =0 {Julkaistuja raportteja ei vielä ole.} one {Yksi julkaistu raportti.} other {# julkaistua raporttia.}}",
  "exchangeReports.list.unknownTheme": "Tällä teemalla ei ole julkaistuja raportteja. Valitse teema listasta.",
  "exchangeApplications.done.raportti": "Raportti tallennettu.",
  "exchangeApplications.done.toteutunut": "Vaihto merkitty toteutuneeksi. Luvan saaneet raportit on julkaistu.",
  "exchangeApplications.done.paatetty": "Vaihto päätetty. Hakija saa syyn viestissä.",
  "exchangeApplications.field.closeReason": "Päättämisen syy",
} as const;

const en: Record<keyof typeof fi, string> = {
  "exchangeReports.title": "Reports",
  "exchangeReports.lead":
    "After the visit, both the visitor and the host write a short report: what was learned and what to take home to one's own library.",
  "exchangeReports.none": "No reports have been written yet.",
  "exchangeReports.side.VISITOR": "Visitor's report",
  "exchangeReports.side.HOST": "Host's report",
  "exchangeReports.write.VISITOR": "Write the visitor's report",
  "exchangeReports.write.HOST": "Write the host's report",
  "exchangeReports.field.experience": "What I learned",
  "exchangeReports.field.takeHome": "What I take home",
  "exchangeReports.field.consentToPublish": "My report may be published to everyone signed in",
  "exchangeReports.field.closeReason": "Why the exchange is closed",
  "exchangeReports.hint.experience.VISITOR": "What you saw and did, what surprised you, what worked.",
  "exchangeReports.hint.experience.HOST": "What the visit gave you, what questions it raised.",
  "exchangeReports.hint.takeHome": "One or two things you will try or change in your own library.",
  "exchangeReports.hint.consentToPublish":
    "A published report is shown with your name and library among the exchange reports once the exchange is completed.",
  "exchangeReports.hint.closeReason":
    "The applicant (and the host, when the application had reached them) gets the reason by mail.",
  "exchangeReports.submit": "Save the report",
  "exchangeReports.update": "Save the changes",
  "exchangeReports.consentGiven": "Consented to publishing",
  "exchangeReports.consentNotGiven": "Not for publishing",
  "exchangeReports.published": "Published {date}",
  "exchangeReports.notYet": "The report can be written from the visit day {date} on.",
  "exchangeReports.coordinator.title": "Ending the exchange",
  "exchangeReports.coordinator.completeLead":
    "Both reports are in. When you mark the exchange completed, the reports whose authors consented are published.",
  "exchangeReports.coordinator.waiting": "The exchange can be marked completed once both reports are in.",
  "exchangeReports.coordinator.closeLead":
    "If the exchange will not take place, close it and give the reason. An accepted visit's place is freed.",
  "exchangeReports.complete": "Mark completed",
  "exchangeReports.close": "Close the exchange",
  "exchangeReports.closed": "The exchange was closed on {date}.",
  "exchangeReports.completed": "The exchange was marked completed on {date}.",
  "exchangeReports.list.title": "Exchange reports",
  "exchangeReports.list.lead":
    "What was learned in job shadowing: the visitors' and hosts' reports on completed exchanges, by theme, with their authors' consent.",
  "exchangeReports.list.link": "Read the exchange reports",
  "exchangeReports.list.filter": "Filter the reports",
  "exchangeReports.list.count":
    "{count, plural, =0 {No reports have been published yet.} one {One published report.} other {# published reports.}}",
  "exchangeReports.list.unknownTheme": "No reports have been published on this theme. Choose a theme from the list.",
  "exchangeApplications.done.raportti": "Report saved.",
  "exchangeApplications.done.toteutunut":
    "The exchange has been marked completed. The consented reports are published.",
  "exchangeApplications.done.paatetty": "The exchange has been closed. The applicant gets the reason by mail.",
  "exchangeApplications.field.closeReason": "Reason for closing",
};

export default { fi, en };
