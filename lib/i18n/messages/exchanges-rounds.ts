// Coordinators' job-shadowing rounds (issue 15 item 1).
const fi = {
  "exchangeRounds.title": "Vaihtokierrokset",
  "exchangeRounds.lead":
    "Kierros laaditaan luonnokseksi, avataan, kun vaihtopaikkojen ilmoittaminen voi alkaa, suljetaan vierailujen jälkeen ja arkistoidaan, kun raportit on käyty läpi. Luonnos ei näy muille.",
  "exchangeRounds.manage": "Vaihtokierrokset (koordinaattorit)",
  "exchangeRounds.new": "Uusi vaihtokierros",
  "exchangeRounds.newLead":
    "Anna kierroksen ajat kokonaisina päivinä: ensin vaihtopaikkojen ilmoittaminen, sitten haku ja lopuksi vierailut. Kierros tallentuu luonnokseksi; avaa se kierrosluettelosta.",
  "exchangeRounds.empty": "Vaihtokierroksia ei ole vielä.",
  "exchangeRounds.offerWindow": "Vaihtopaikkojen ilmoittaminen",
  "exchangeRounds.applicationWindow": "Hakuaika",
  "exchangeRounds.visitPeriod": "Vierailut",
  "exchangeRounds.counts":
    "{offers, plural, one {# vaihtopaikka} other {# vaihtopaikkaa}}, {applications, plural, one {# hakemus} other {# hakemusta}}",
  "exchangeRounds.status": "Tila",
  "exchangeRounds.status.DRAFT": "Luonnos",
  "exchangeRounds.status.OPEN": "Avoinna",
  "exchangeRounds.status.CLOSED": "Suljettu",
  "exchangeRounds.status.ARCHIVED": "Arkistoitu",
  "exchangeRounds.move.OPEN": "Avaa kierros {round}",
  "exchangeRounds.move.CLOSED": "Sulje kierros {round}",
  "exchangeRounds.move.ARCHIVED": "Arkistoi kierros {round}",
  "exchangeRounds.field.year": "Vuosi",
  "exchangeRounds.field.title": "Nimi",
  "exchangeRounds.field.description": "Kuvaus",
  "exchangeRounds.field.from": "alkaa",
  "exchangeRounds.field.to": "päättyy",
  "exchangeRounds.hint.title": "Esimerkiksi: Työn varjostus 2027",
  "exchangeRounds.hint.order":
    "Haku alkaa aikaisintaan, kun vaihtopaikkojen ilmoittaminen alkaa, ja ennen vierailujen päättymistä.",
  "exchangeRounds.create": "Tallenna luonnoksena",
  "exchangeRounds.done.luotu": "Kierros on tallennettu luonnoksena.",
  "exchangeRounds.done.avattu": "Kierros on avattu.",
  "exchangeRounds.done.suljettu": "Kierros on suljettu.",
  "exchangeRounds.done.arkistoitu": "Kierros on arkistoitu.",
  "exchangeRounds.error.year": "Anna vuosi väliltä 2020–2100.",
  "exchangeRounds.error.order":
    "Tarkista järjestys: alku ennen loppua, haku ilmoittamisen jälkeen ja ennen vierailujen loppua.",
  "exchangeRounds.error.titleTaken": "Samana vuonna on jo tämänniminen kierros.",
  "exchangeRounds.error.unknownRound": "Kierrosta ei löydy.",
  "exchangeRounds.error.cannotMove": "Kierros on jo siirtynyt eteenpäin. Päivitä sivu.",
};

const en: Record<keyof typeof fi, string> = {
  "exchangeRounds.title": "Exchange rounds",
  "exchangeRounds.lead":
    "A round is drafted, opened when offers may be published, closed after the visits and archived once the reports are read. A draft is not shown to others.",
  "exchangeRounds.manage": "Exchange rounds (coordinators)",
  "exchangeRounds.new": "New exchange round",
  "exchangeRounds.newLead":
    "Give the round's periods as whole days: first offers, then applications, then visits. The round is saved as a draft; open it from the list of rounds.",
  "exchangeRounds.empty": "There are no exchange rounds yet.",
  "exchangeRounds.offerWindow": "Publishing offers",
  "exchangeRounds.applicationWindow": "Applications",
  "exchangeRounds.visitPeriod": "Visits",
  "exchangeRounds.counts":
    "{offers, plural, one {# offer} other {# offers}}, {applications, plural, one {# application} other {# applications}}",
  "exchangeRounds.status": "Status",
  "exchangeRounds.status.DRAFT": "Draft",
  "exchangeRounds.status.OPEN": "Open",
  "exchangeRounds.status.CLOSED": "Closed",
  "exchangeRounds.status.ARCHIVED": "Archived",
  "exchangeRounds.move.OPEN": "Open the round {round}",
  "exchangeRounds.move.CLOSED": "Close the round {round}",
  "exchangeRounds.move.ARCHIVED": "Archive the round {round}",
  "exchangeRounds.field.year": "Year",
  "exchangeRounds.field.title": "Name",
  "exchangeRounds.field.description": "Description",
  "exchangeRounds.field.from": "starts",
  "exchangeRounds.field.to": "ends",
  "exchangeRounds.hint.title": "For example: Job shadowing 2027",
  "exchangeRounds.hint.order": "Applications open no earlier than offers and before the visits end.",
  "exchangeRounds.create": "Save as a draft",
  "exchangeRounds.done.luotu": "The round has been saved as a draft.",
  "exchangeRounds.done.avattu": "The round has been opened.",
  "exchangeRounds.done.suljettu": "The round has been closed.",
  "exchangeRounds.done.arkistoitu": "The round has been archived.",
  "exchangeRounds.error.year": "Give a year between 2020 and 2100.",
  "exchangeRounds.error.order":
    "Check the order: starts before ends, applications after offers and before the visits end.",
  "exchangeRounds.error.titleTaken": "There is already a round of this name in that year.",
  "exchangeRounds.error.unknownRound": "No such round.",
  "exchangeRounds.error.cannotMove": "The round has already moved on. Reload the page.",
};

export default { fi, en };
