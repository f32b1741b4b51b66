// A network's events (issue 14 item 2): sessions of its EVENT offering.
const fi = {
  "networkEvents.title": "Tapahtumat",
  "networkEvents.upcoming": "Tulevat tapahtumat",
  "networkEvents.past": "Menneet tapahtumat",
  "networkEvents.none": "Verkostolla ei ole tulevia tapahtumia.",
  "networkEvents.new": "Uusi tapahtuma",
  "networkEvents.newTitle": "Uusi tapahtuma: {network}",
  "networkEvents.newLead":
    "Tapahtuma tulee koulutustarjottimelle sen kauden alle, jolle sen päivä osuu. Jäsenet ja muut alueen kirjastojen työntekijät ilmoittautuvat siihen kuten koulutuksiin, ja se näkyy verkoston kalenterissa.",
  "networkEvents.created": "Tapahtuma lisätty.",
  "networkEvents.calendar": "Tilaa verkoston tapahtumat kalenteriisi (.ics)",
  "networkEvents.calendarHint":
    "Kopioi linkki kalenteriohjelmaasi tilattavaksi kalenteriksi, niin uudet tapahtumat päivittyvät sinne itsestään.",
  "networkEvents.field.title": "Tapahtuman nimi",
  "networkEvents.field.startsAt": "Alkaa",
  "networkEvents.field.endsAt": "Päättyy",
  "networkEvents.field.place": "Paikka",
  "networkEvents.field.remoteUrl": "Etäyhteyden linkki",
  "networkEvents.field.capacity": "Osallistujia enintään",
  "networkEvents.hint.title": "Esimerkiksi: Kevään verkostotapaaminen",
  "networkEvents.hint.place": "Kirjasto, osoite ja tila. Anna paikka, etäyhteyden linkki tai molemmat.",
  "networkEvents.hint.remoteUrl": "https-linkki. Se lähetetään vain ilmoittautuneille.",
  "networkEvents.hint.capacity": "Jätä tyhjäksi, jos osallistujamäärää ei rajata.",
  "networkEvents.submit": "Lisää tapahtuma",
  "networkEvents.error.placeRequired": "Anna paikka tai etäyhteyden linkki.",
  "networkEvents.error.remoteUrl": "Anna etäyhteyden linkki muodossa https://…",
  "networkEvents.error.noMenu":
    "Tälle päivälle ei ole koulutustarjotinta. Pyydä koordinaattoria avaamaan kauden tarjotin, tai valitse toinen päivä.",
};

const en: Record<keyof typeof fi, string> = {
  "networkEvents.title": "Events",
  "networkEvents.upcoming": "Upcoming events",
  "networkEvents.past": "Past events",
  "networkEvents.none": "The network has no upcoming events.",
  "networkEvents.new": "New event",
  "networkEvents.newTitle": "New event: {network}",
  "networkEvents.newLead":
    "The event goes on the training menu under the period its day falls in. Members and other staff of the region's libraries enrol as in trainings, and it shows in the network's calendar.",
  "networkEvents.created": "Event added.",
  "networkEvents.calendar": "Subscribe to the network's events (.ics)",
  "networkEvents.calendarHint":
    "Copy the link into your calendar application as a subscribed calendar, and new events appear there by themselves.",
  "networkEvents.field.title": "Name of the event",
  "networkEvents.field.startsAt": "Starts",
  "networkEvents.field.endsAt": "Ends",
  "networkEvents.field.place": "Place",
  "networkEvents.field.remoteUrl": "Remote link",
  "networkEvents.field.capacity": "At most participants",
  "networkEvents.hint.title": "For example: Spring network meeting",
  "networkEvents.hint.place": "Library, address and room. Give a place, a remote link or both.",
  "networkEvents.hint.remoteUrl": "An https link. It is sent to enrolled people only.",
  "networkEvents.hint.capacity": "Leave empty if the number of participants is not limited.",
  "networkEvents.submit": "Add the event",
  "networkEvents.error.placeRequired": "Give a place or a remote link.",
  "networkEvents.error.remoteUrl": "Give the remote link as https://…",
  "networkEvents.error.noMenu":
    "No training menu covers this day. Ask a coordinator to open the period's menu, or choose another day.",
};

export default { fi, en };
