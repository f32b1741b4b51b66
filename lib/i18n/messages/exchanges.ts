// Job shadowing and work-life exchange (työn varjostus ja työelämävaihto).
const fi = {
  "exchanges.title": "Työn varjostus ja työelämävaihto",
  "exchanges.lead":
    "Työn varjostuksessa ja työelämävaihdossa alueen kirjastojen henkilökunta viettää päiviä toisessa Pirkanmaan tai Keski-Suomen kirjastossa ja tutustuu sen arkeen. Vuoden 2023 kokeilusta alkanut vaihto järjestetään vuosittain.",
  "exchanges.empty":
    "Vaihtokierroksia ei ole vielä julkaistu. Kehittämiskirjasto julkaisee seuraavan haun tällä sivulla ja akepike-blogissa.",
  "exchanges.applicationWindow": "Hakuaika",
  "exchanges.applicationState.OPEN": "Haku auki",
  "exchanges.applicationState.CLOSED": "Haku päättynyt",
  "exchanges.applicationState.UPCOMING": "Haku alkaa {date}",
  "exchanges.offersTitle": "Vaihtopaikat: {round}",
  "exchanges.offersEmpty": "Tälle kierrokselle ei ole vielä ilmoitettu vaihtopaikkoja.",
  "exchanges.field.hostLibrary": "Vastaanottava kirjasto",
  "exchanges.field.host": "Vastaanottaja",
  "exchanges.field.themes": "Teemat",
  "exchanges.field.dates": "Ajankohta",
  "exchanges.field.places": "Paikkoja",
  "exchanges.places": "{count, plural, one {# paikka} other {# paikkaa}}",
  "exchanges.error.day": "Anna päivä muodossa vvvv-kk-pp.",
  "exchanges.error.unknownApplication": "Hakemusta ei löydy.",
  "exchanges.error.notWaiting": "Hakemus ei enää odota vastaanottajan päätöstä.",
  "exchanges.error.full": "Vaihtopaikan kaikki paikat on jo täytetty.",
  "exchanges.error.notOfferDay": "Valitse jokin vaihtopaikan päivistä kierroksen vierailuajalta.",
} as const;

const en: Record<keyof typeof fi, string> = {
  "exchanges.title": "Job shadowing and exchange",
  "exchanges.lead":
    "In job shadowing and work-life exchange, library staff spend days in another library of Pirkanmaa or Central Finland and get to know its everyday work. Started as a trial in 2023, the exchange is now arranged every year.",
  "exchanges.empty":
    "No exchange rounds have been published yet. The development library publishes the next call on this page and in the akepike blog.",
  "exchanges.applicationWindow": "Application period",
  "exchanges.applicationState.OPEN": "Applications open",
  "exchanges.applicationState.CLOSED": "Applications closed",
  "exchanges.applicationState.UPCOMING": "Applications open on {date}",
  "exchanges.offersTitle": "Exchange places: {round}",
  "exchanges.offersEmpty": "No exchange places have been announced for this round yet.",
  "exchanges.field.hostLibrary": "Host library",
  "exchanges.field.host": "Host",
  "exchanges.field.themes": "Themes",
  "exchanges.field.dates": "Dates",
  "exchanges.field.places": "Places",
  "exchanges.places": "{count, plural, one {# place} other {# places}}",
  "exchanges.error.day": "Give the day as yyyy-mm-dd.",
  "exchanges.error.unknownApplication": "No such application.",
  "exchanges.error.notWaiting": "The application is no longer waiting for the host's decision.",
  "exchanges.error.full": "Every place of the offer has already been taken.",
  "exchanges.error.notOfferDay": "Choose one of the offer's days within the round's visit period.",
};

export default { fi, en };
