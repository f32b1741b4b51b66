// Calendar feeds (iCalendar) and the mails the worker sends about
// enrolments, sessions and workshop orders. Mails go out in Finnish with
// the English text below.
const fi = {
  "calendar.feed.title": "Koulutukset kalenteriisi",
  "calendar.feed.lead":
    "Tilaa omat koulutuksesi kalenteriisi, esimerkiksi Outlookiin (Lisää kalenteri → Internetistä). Kalenterissa näkyvät koulutukset, joihin olet ilmoittautunut tai joiden jonotuslistalla olet, ja se päivittyy itsestään.",
  "calendar.feed.url": "Henkilökohtainen kalenteriosoite",
  "calendar.feed.secret":
    "Osoite on henkilökohtainen: kuka tahansa, jolle osoite päätyy, näkee koulutuksesi. Älä jaa sitä. Jos osoite on päässyt vääriin käsiin, luo uusi osoite – vanha lakkaa toimimasta heti.",
  "calendar.feed.copy": "Kopioi osoite",
  "calendar.feed.copied": "Osoite on kopioitu leikepöydälle.",
  "calendar.feed.regenerate": "Luo uusi osoite",
  "calendar.feed.confirm":
    "Vanha osoite lakkaa toimimasta, ja kalenterin tilaus on tehtävä uudelleen uudella osoitteella. Luodaanko uusi osoite?",
  "calendar.feed.confirmYes": "Kyllä, luo uusi osoite",
  "calendar.feed.cancel": "Peruuta",
  "calendar.feed.regenerating": "Luodaan…",
  "calendar.feed.regenerated": "Uusi osoite on luotu. Vanha osoite ei enää toimi.",
  "calendar.feed.error": "Uuden osoitteen luominen ei onnistunut. Yritä uudelleen.",
  "calendar.feed.menuTitle": "Koko koulutustarjotin kalenteriin",
  "calendar.feed.menuLead":
    "Julkaistun koulutustarjottimen tulevat koulutukset voi tilata kalenteriin tästä osoitteesta:",
  "calendar.ics.menuName": "PiKe-koulutukset",
  "calendar.ics.menuNameTheme": "PiKe-koulutukset: {theme}",
  "calendar.ics.personalName": "Omat PiKe-koulutukset",
  "calendar.ics.waitlisted": "(jonossa)",
  "calendar.ics.waitlistNote":
    "Olet tämän koulutuksen jonotuslistalla. Saat sähköpostin, jos paikka vapautuu ja pääset mukaan.",
  "calendar.ics.cancelled": "Tämä koulutus on peruttu.",
  "calendar.ics.restricted": "Vain kirjaston henkilökunnalle: {library}",
  "calendar.ics.remoteLink": "Etäyhteys: {url}",
  "calendar.ics.moreInfo": "Lisätiedot: {url}",
  "calendar.error.unknownTheme": "Tuntematon teema.",
  "mail.greeting": "Hei {name}!",
  "mail.greetingNoName": "Hei!",
  "mail.signature": "Ystävällisin terveisin\nPiKe – Pirkanmaan ja Keski-Suomen alueellinen kehittämiskirjasto",
  "mail.detail.training": "Koulutus",
  "mail.detail.time": "Aika",
  "mail.detail.place": "Paikka",
  "mail.detail.remote": "Etäyhteys",
  "mail.detail.info": "Lisätiedot",
  "mail.detail.position": "Sijasi jonotuslistalla",
  "mail.detail.library": "Kirjasto",
  "mail.detail.preferredDates": "Toivotut ajankohdat",
  "mail.detail.participants": "Osallistujia arviolta",
  "mail.detail.status": "Tila",
  "mail.attachment": "Kalenterimerkintä on liitteenä (.ics): avaa se lisätäksesi koulutuksen kalenteriisi.",
  "mail.attachmentCancelled":
    "Liitteenä on peruttu kalenterimerkintä (.ics): avaa se, niin koulutus merkitään kalenteriisi peruttuna.",
  "mail.myTrainings": "Omat koulutuksesi ja ilmoittautumisen peruminen: {url}",
  "mail.why.enrolment": "Saat tämän viestin, koska olet ilmoittautunut koulutukseen PiKe-portaalissa.",
  "mail.why.order": "Saat tämän viestin, koska kirjastosi on tilannut koulutuksen PiKe-portaalissa.",
  "mail.enrolmentConfirmed.subject": "Ilmoittautuminen vahvistettu: {title}",
  "mail.enrolmentConfirmed.intro": "Ilmoittautumisesi koulutukseen on vahvistettu. Tervetuloa!",
  "mail.enrolmentWaitlisted.subject": "Olet jonotuslistalla: {title}",
  "mail.enrolmentWaitlisted.intro":
    "Koulutus on täynnä, joten olet jonotuslistalla. Saat sähköpostin, jos paikka vapautuu ja pääset mukaan.",
  "mail.waitlistPromoted.subject": "Pääsit mukaan: {title}",
  "mail.waitlistPromoted.intro":
    "Koulutukseen vapautui paikka, ja pääsit jonotuslistalta mukaan. Ilmoittautumisesi on nyt vahvistettu. Tervetuloa!",
  "mail.enrolmentCancelled.subject": "Ilmoittautuminen peruttu: {title}",
  "mail.enrolmentCancelled.intro":
    "Ilmoittautumisesi koulutukseen on peruttu. Jos peruit vahingossa, voit ilmoittautua uudelleen koulutuksen sivulla, jos paikkoja on vielä jäljellä.",
  "mail.sessionReminder.subject": "Muistutus: {title} {date}",
  "mail.sessionReminder.intro": "Muistutus: olet ilmoittautunut koulutukseen, joka on pian. Tervetuloa!",
  "mail.sessionChanged.subject": "Muutos koulutukseen: {title}",
  "mail.sessionChanged.intro": "Koulutuksen tiedot ovat muuttuneet. Alla ovat ajantasaiset tiedot.",
  "mail.sessionChanged.changes": "Muuttuneet tiedot: {changes}.",
  "mail.change.time": "aika",
  "mail.change.place": "paikka",
  "mail.change.remote": "etäyhteys",
  "mail.change.title": "nimi",
  "mail.sessionCancelled.subject": "Koulutus peruttu: {title}",
  "mail.sessionCancelled.intro":
    "Valitettavasti koulutus on peruttu, eikä se toteudu alla olevana ajankohtana. Pahoittelemme muutosta.",
  "mail.sessionCancelled.others": "Katso muut koulutukset koulutustarjottimelta: {url}",
  "mail.order.subject": "Koulutustilaus: {title} – {status}",
  "mail.order.status.REQUESTED": "vastaanotettu",
  "mail.order.status.ACCEPTED": "hyväksytty",
  "mail.order.status.SCHEDULED": "aikataulutettu",
  "mail.order.status.DECLINED": "ei toteudu",
  "mail.order.intro.REQUESTED":
    "Kirjastosi koulutustilaus on vastaanotettu. Kehittämiskirjasto käsittelee sen ja kertoo seuraavista vaiheista sähköpostilla.",
  "mail.order.intro.ACCEPTED":
    "Kehittämiskirjasto on hyväksynyt kirjastosi koulutustilauksen. Ajankohdasta sovitaan vielä, ja saat siitä viestin.",
  "mail.order.intro.SCHEDULED":
    "Tilaamanne koulutus on aikataulutettu. Kirjastosi henkilökunta voi nyt ilmoittautua koulutuksen sivulla.",
  "mail.order.intro.DECLINED": "Kehittämiskirjasto ei valitettavasti voi toteuttaa kirjastosi koulutustilausta.",
  "mail.order.reason": "Perustelu: {reason}",
} as const;

const en: Record<keyof typeof fi, string> = {
  "calendar.feed.title": "Trainings in your calendar",
  "calendar.feed.lead":
    "Subscribe to your trainings in your calendar, for example Outlook (Add calendar → From Internet). The calendar shows the trainings you are enrolled in or waitlisted for, and it updates by itself.",
  "calendar.feed.url": "Personal calendar address",
  "calendar.feed.secret":
    "The address is personal: anyone who gets it can see your trainings. Do not share it. If the address has fallen into the wrong hands, create a new one – the old one stops working at once.",
  "calendar.feed.copy": "Copy the address",
  "calendar.feed.copied": "The address has been copied to the clipboard.",
  "calendar.feed.regenerate": "Create a new address",
  "calendar.feed.confirm":
    "The old address stops working, and you have to subscribe to the calendar again with the new address. Create a new address?",
  "calendar.feed.confirmYes": "Yes, create a new address",
  "calendar.feed.cancel": "Cancel",
  "calendar.feed.regenerating": "Creating…",
  "calendar.feed.regenerated": "A new address has been created. The old address no longer works.",
  "calendar.feed.error": "Creating a new address failed. Try again.",
  "calendar.feed.menuTitle": "The whole training menu in your calendar",
  "calendar.feed.menuLead":
    "The upcoming trainings of the published training menu can be subscribed to at this address:",
  "calendar.ics.menuName": "PiKe trainings",
  "calendar.ics.menuNameTheme": "PiKe trainings: {theme}",
  "calendar.ics.personalName": "My PiKe trainings",
  "calendar.ics.waitlisted": "(waitlisted)",
  "calendar.ics.waitlistNote":
    "You are on the waitlist of this training. You will get an email if a seat becomes free and you get in.",
  "calendar.ics.cancelled": "This training has been cancelled.",
  "calendar.ics.restricted": "Only for the library's staff: {library}",
  "calendar.ics.remoteLink": "Remote link: {url}",
  "calendar.ics.moreInfo": "More information: {url}",
  "calendar.error.unknownTheme": "Unknown theme.",
  "mail.greeting": "Hello {name},",
  "mail.greetingNoName": "Hello,",
  "mail.signature": "Kind regards\nPiKe – the regional development library of Pirkanmaa and Central Finland",
  "mail.detail.training": "Training",
  "mail.detail.time": "Time",
  "mail.detail.place": "Place",
  "mail.detail.remote": "Remote link",
  "mail.detail.info": "More information",
  "mail.detail.position": "Your place on the waitlist",
  "mail.detail.library": "Library",
  "mail.detail.preferredDates": "Preferred dates",
  "mail.detail.participants": "Expected participants",
  "mail.detail.status": "Status",
  "mail.attachment": "A calendar entry is attached (.ics): open it to add the training to your calendar.",
  "mail.attachmentCancelled":
    "The cancelled calendar entry is attached (.ics): open it to mark the training cancelled in your calendar.",
  "mail.myTrainings": "Your trainings and cancelling an enrolment: {url}",
  "mail.why.enrolment": "You receive this message because you enrolled in a training in the PiKe portal.",
  "mail.why.order": "You receive this message because your library ordered a training in the PiKe portal.",
  "mail.enrolmentConfirmed.subject": "Enrolment confirmed: {title}",
  "mail.enrolmentConfirmed.intro": "Your enrolment in the training is confirmed. Welcome!",
  "mail.enrolmentWaitlisted.subject": "You are on the waitlist: {title}",
  "mail.enrolmentWaitlisted.intro":
    "The training is full, so you are on the waitlist. You will get an email if a seat becomes free and you get in.",
  "mail.waitlistPromoted.subject": "You got a seat: {title}",
  "mail.waitlistPromoted.intro":
    "A seat became free and you got in from the waitlist. Your enrolment is now confirmed. Welcome!",
  "mail.enrolmentCancelled.subject": "Enrolment cancelled: {title}",
  "mail.enrolmentCancelled.intro":
    "Your enrolment in the training has been cancelled. If you cancelled by mistake, you can enrol again on the training's page while seats are left.",
  "mail.sessionReminder.subject": "Reminder: {title} {date}",
  "mail.sessionReminder.intro": "A reminder: you are enrolled in a training that takes place soon. Welcome!",
  "mail.sessionChanged.subject": "Change to a training: {title}",
  "mail.sessionChanged.intro": "The details of the training have changed. The current details are below.",
  "mail.sessionChanged.changes": "What changed: {changes}.",
  "mail.change.time": "time",
  "mail.change.place": "place",
  "mail.change.remote": "remote link",
  "mail.change.title": "title",
  "mail.sessionCancelled.subject": "Training cancelled: {title}",
  "mail.sessionCancelled.intro":
    "Unfortunately the training has been cancelled and will not take place at the time below. We are sorry for the change.",
  "mail.sessionCancelled.others": "See the other trainings on the training menu: {url}",
  "mail.order.subject": "Training order: {title} – {status}",
  "mail.order.status.REQUESTED": "received",
  "mail.order.status.ACCEPTED": "accepted",
  "mail.order.status.SCHEDULED": "scheduled",
  "mail.order.status.DECLINED": "declined",
  "mail.order.intro.REQUESTED":
    "Your library's training order has been received. The development library will handle it and tell you about the next steps by email.",
  "mail.order.intro.ACCEPTED":
    "The development library has accepted your library's training order. The date is still to be agreed, and you will get a message about it.",
  "mail.order.intro.SCHEDULED":
    "The training you ordered has been scheduled. Your library's staff can now enrol on the training's page.",
  "mail.order.intro.DECLINED": "Unfortunately the development library cannot carry out your library's training order.",
  "mail.order.reason": "Reason: {reason}",
} as const;

export default { fi, en };
