// "Omat vaihdot": what job shadowing asks of the signed-in person (issue 15).
const fi = {
  "exchangeOverview.title": "Omat vaihdot",
  "exchangeOverview.lead":
    "Hakemuksesi, vaihtopaikkoihisi tulleet hakemukset ja se, mikä odottaa sinua. Avaa hakemus nähdäksesi sen kaikki tiedot.",
  "exchangeOverview.link": "Omat vaihdot",
  "exchangeOverview.mine": "Hakemukseni",
  "exchangeOverview.mineEmpty": "Et ole vielä hakenut vaihtoon. Katso avoimet vaihtopaikat.",
  "exchangeOverview.hosting": "Hakemukset vaihtopaikkoihini",
  "exchangeOverview.consent": "Odottavat lupaasi",
  "exchangeOverview.consentEmpty": "Kirjastosi hakemuksia ei odota lupaasi.",
  "exchangeOverview.toComplete": "Vierailu pidetty – odottaa raportteja tai toteutuneeksi merkitsemistä",
  "exchangeOverview.toCompleteEmpty": "Yksikään pidetty vierailu ei odota päättämistä.",
  "exchangeOverview.visitDate": "vierailu {date}",
  "exchangeOverview.reportDue": "Raporttisi puuttuu",
} as const;

const en: Record<keyof typeof fi, string> = {
  "exchangeOverview.title": "My exchanges",
  "exchangeOverview.lead":
    "Your applications, applications to your offers, and what is waiting for you. Open an application to see all of it.",
  "exchangeOverview.link": "My exchanges",
  "exchangeOverview.mine": "My applications",
  "exchangeOverview.mineEmpty": "You have not applied for an exchange yet. See the open offers.",
  "exchangeOverview.hosting": "Applications to my offers",
  "exchangeOverview.consent": "Waiting for your consent",
  "exchangeOverview.consentEmpty": "No applications of your library are waiting for your consent.",
  "exchangeOverview.toComplete": "Visited – waiting for reports or to be completed",
  "exchangeOverview.toCompleteEmpty": "No visit that has taken place is waiting to be ended.",
  "exchangeOverview.visitDate": "visit {date}",
  "exchangeOverview.reportDue": "Your report is missing",
};

export default { fi, en };
