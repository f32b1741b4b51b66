// Coordinators' meeting forms: meeting details, attendance, agenda editor,
// status flow and the agenda mail.
const fi = {
  "meetingsAdmin.newMeeting": "Uusi kokous",
  "meetingsAdmin.new.title": "Uusi kokous",
  "meetingsAdmin.new.lead":
    "Uusi kokous on aluksi suunnitteilla: se näkyy vain koordinaattoreille, kunnes julkaiset asialistan. Asialista alkaa vakiorungosta, jota voit muokata.",
  "meetingsAdmin.backToMeeting": "Takaisin kokoukseen",
  "meetingsAdmin.created": "Kokous on luotu vakioasialistalla. Täydennä asialista ja julkaise se, kun se on valmis.",
  "meetingsAdmin.deleted": "Kokous on poistettu.",
  "meetingsAdmin.saved": "Tallennettu.",
  "meetingsAdmin.save": "Tallenna",
  "meetingsAdmin.create": "Luo kokous",

  "meetingsAdmin.details.title": "Kokouksen tiedot",
  "meetingsAdmin.details.savedMailed": "Tallennettu. Asialista lähetetään uusille kutsutuille ({count}).",
  "meetingsAdmin.details.savedNotified":
    "Tallennettu. Kutsutuille ({count}) lähetetään tieto muutoksesta ja päivitetty kalenterikutsu.",
  "meetingsAdmin.details.locked":
    "Muistio on hyväksytty, joten kokouksen tiedot, osallistujat ja asialista on lukittu. Avaa muistio uudelleen muuttaaksesi niitä.",
  "meetingsAdmin.field.title": "Otsikko",
  "meetingsAdmin.field.titleHint": "Esimerkiksi Ohjausryhmän kokous 1/2024.",
  "meetingsAdmin.field.startsAt": "Alkaa",
  "meetingsAdmin.field.endsAt": "Päättyy",
  "meetingsAdmin.field.timeHint": "Päivä ja kellonaika Suomen aikaa.",
  "meetingsAdmin.field.location": "Paikka",
  "meetingsAdmin.field.locationHint":
    "Kokouspaikka osoitteineen. Asialistan voi julkaista, kun kokouksella on paikka, etäyhteys tai molemmat.",
  "meetingsAdmin.field.remoteUrl": "Etäyhteyden linkki",
  "meetingsAdmin.field.remoteUrlHint": "https-alkuinen osoite, esimerkiksi Teams-kokouksen linkki.",
  "meetingsAdmin.field.chairId": "Puheenjohtaja",
  "meetingsAdmin.field.secretaryId": "Sihteeri",
  "meetingsAdmin.field.secretaryIdHint":
    "Sihteeri kirjoittaa muistion, joten hänen pitää nähdä kokous ennen muistion hyväksymistä: valittavissa ovat ohjausryhmän jäsenet ja koordinaattorit.",
  "meetingsAdmin.field.nobody": "Ei nimetty",
  "meetingsAdmin.field.attendeeIds": "Kutsutut: ohjausryhmä ja koordinaattorit",
  "meetingsAdmin.field.attendeeIdsHint":
    "Ohjausryhmä on kutsuttu valmiiksi. Puheenjohtaja ja sihteeri kutsutaan aina. Asialista ja kalenterikutsu lähetetään kutsutuille, kun asialista julkaistaan. Kutsua voi vain niitä, jotka näkevät asialistan: muut työntekijät näkevät kokouksen vasta hyväksytystä muistiosta.",
  "meetingsAdmin.field.notInvitable": "{name} – ei näe asialistaa, poista",
  "meetingsAdmin.field.notSecretary": "{name} – ei voi kirjoittaa muistiota",
  "meetingsAdmin.group.core": "Ohjausryhmä ja koordinaattorit",
  "meetingsAdmin.group.others": "Muut käyttäjät",

  "meetingsAdmin.attendance.title": "Läsnäolo",
  "meetingsAdmin.attendance.lead":
    "Kirjaa kokouksessa tai sen jälkeen, kuka oli paikalla, kuka etänä ja kuka poissa. Tulostettava muistio luettelee osallistujat.",
  "meetingsAdmin.attendance.none": "Kokoukseen ei ole kutsuttu ketään.",
  "meetingsAdmin.attendance.save": "Tallenna läsnäolo",
  "meetingsAdmin.attendance.saved": "Läsnäolo on tallennettu.",
  "meetingsAdmin.attendance.INVITED": "Ei kirjattu",
  "meetingsAdmin.attendance.PRESENT": "Paikalla",
  "meetingsAdmin.attendance.REMOTE": "Etänä",
  "meetingsAdmin.attendance.ABSENT": "Poissa",

  "meetingsAdmin.agenda.title": "Asialista",
  "meetingsAdmin.agenda.lead":
    "Lisää, muokkaa, poista ja järjestä asiakohtia. Uusi kohta lisätään ennen kohtaa Muut asiat. Materiaalit lisätään Materiaalit-sivulla.",
  "meetingsAdmin.agenda.empty": "Asialistalla ei ole kohtia.",
  "meetingsAdmin.agenda.position": "Kohta {position}",
  "meetingsAdmin.agenda.moveUp": "Siirrä ylös",
  "meetingsAdmin.agenda.moveDown": "Siirrä alas",
  "meetingsAdmin.agenda.moved": "Kohta ”{title}” on nyt kohta {position}.",
  "meetingsAdmin.agenda.edit": "Muokkaa kohtaa",
  "meetingsAdmin.agenda.remove": "Poista kohta",
  "meetingsAdmin.agenda.removeQuestion": "Poistetaanko kohta ”{title}”?",
  "meetingsAdmin.agenda.removeWarning":
    "Kohdan mukana poistuvat sen materiaalit ({materials}), muistioteksti versiohistorioineen ja päätökset ({decisions}). Kohdan toimenpiteet ({actionItems}) jäävät kokoukselle ilman asiakohtaa. Poistoa ei voi perua.",
  "meetingsAdmin.agenda.removeSubmit": "Poista kohta lopullisesti",
  "meetingsAdmin.agenda.removed": "Asiakohta on poistettu ja muut kohdat numeroitu uudelleen.",
  "meetingsAdmin.agenda.add": "Lisää asiakohta",
  "meetingsAdmin.agenda.addSubmit": "Lisää kohta",
  "meetingsAdmin.agenda.added": "Kohta ”{title}” lisättiin kohdaksi {position}.",
  "meetingsAdmin.agenda.counts": "Materiaaleja {materials}, päätöksiä {decisions}, toimenpiteitä {actionItems}.",
  "meetingsAdmin.agenda.hasMinutes": "Kohdalle on kirjoitettu muistiota.",
  "meetingsAdmin.agenda.presenter": "Esittelijä: {name}",
  "meetingsAdmin.agenda.kind.NEWS_ROUND": "Kirjastojen kuulumiset näytetään tämän kohdan alla.",
  "meetingsAdmin.agenda.kind.PREVIOUS_ACTIONS": "Aiempien kokousten avoimet toimenpiteet näytetään tämän kohdan alla.",
  "meetingsAdmin.item.title": "Otsikko",
  "meetingsAdmin.item.body": "Kuvaus",
  "meetingsAdmin.item.bodyHint": "Mitä kohdassa käsitellään. Näkyy asialistalla ja asialistan sähköpostissa.",
  "meetingsAdmin.item.presenterId": "Esittelijä",
  "meetingsAdmin.item.presenterIdHint": "Valitse käyttäjä tai kirjoita nimi seuraavaan kenttään.",
  "meetingsAdmin.item.presenterName": "Esittelijän nimi, jos ei listalla",
  "meetingsAdmin.item.noPresenter": "Ei valittu",

  "meetingsAdmin.status.title": "Kokouksen vaihe",
  "meetingsAdmin.status.lead.PLANNED":
    "Kokous näkyy vain koordinaattoreille. Kun asialista on valmis, julkaise se: ohjausryhmä näkee sen, ja kutsutut saavat asialistan ja kalenterikutsun sähköpostiin.",
  "meetingsAdmin.status.lead.AGENDA_PUBLISHED":
    "Asialista näkyy ohjausryhmälle. Aloita muistio kokouksessa: sihteeri kirjoittaa muistion asiakohdittain.",
  "meetingsAdmin.status.lead.MINUTES_DRAFT":
    "Muistio on luonnos, jonka ohjausryhmä näkee. Kun muistio on valmis, hyväksy se: se lukitaan ja näkyy kaikille jäsenkirjastojen työntekijöille.",
  "meetingsAdmin.status.lead.MINUTES_APPROVED":
    "Muistio on hyväksytty ja lukittu. Jos siihen pitää tehdä korjauksia, avaa se uudelleen ja kirjaa syy.",
  "meetingsAdmin.status.to.AGENDA_PUBLISHED": "Julkaise asialista",
  "meetingsAdmin.status.to.MINUTES_DRAFT": "Aloita muistio",
  "meetingsAdmin.status.to.MINUTES_APPROVED": "Hyväksy muistio",
  "meetingsAdmin.status.reopen": "Avaa muistio uudelleen",
  "meetingsAdmin.status.confirm.AGENDA_PUBLISHED":
    "Asialista tulee näkyviin ohjausryhmälle ja koordinaattoreille. Asialista ja kalenterikutsu lähetetään sähköpostilla näille kutsutuille ({count}): {names}.",
  "meetingsAdmin.status.confirm.nobodyMailed":
    "Asialista tulee näkyviin ohjausryhmälle ja koordinaattoreille. Sähköpostia ei lähetetä kenellekään: kokoukseen ei ole kutsuttu ketään, joka näkee asialistan.",
  "meetingsAdmin.status.confirm.notMailed":
    "Ei lähetetä ({count}): {names}. He eivät näe asialistaa, koska eivät ole ohjausryhmän jäseniä eivätkä koordinaattoreita. Poista heidät kutsutuista tai pyydä ylläpitäjää antamaan heille ohjausryhmän rooli.",
  "meetingsAdmin.status.confirm.MINUTES_DRAFT": "Muistio avataan kirjoitettavaksi; ohjausryhmä näkee sen luonnoksena.",
  "meetingsAdmin.status.confirm.MINUTES_APPROVED":
    "Muistio lukitaan ja julkaistaan kaikille jäsenkirjastojen työntekijöille.",
  "meetingsAdmin.status.confirm.reopen":
    "Muistio palaa luonnokseksi: se näkyy taas vain ohjausryhmälle ja koordinaattoreille, kunnes hyväksyt sen uudelleen.",
  "meetingsAdmin.status.confirmSubmit": "Vahvista: {action}",
  "meetingsAdmin.status.reason": "Syy",
  "meetingsAdmin.status.reasonHint": "Syy kirjataan kokouksen vaiheiden historiaan.",
  "meetingsAdmin.status.changed.AGENDA_PUBLISHED":
    "Asialista on julkaistu. Asialista ja kalenterikutsu lähtevät sähköpostilla {count} kutsutulle; nimet ovat alla kohdassa Asialistan jakelu.",
  "meetingsAdmin.status.publishedSomeNotMailed":
    "Asialista on julkaistu. Asialista ja kalenterikutsu lähtevät sähköpostilla {count} kutsutulle. {notMailed} kutsuttua ei saa sähköpostia, koska he eivät näe asialistaa; nimet ovat alla kohdassa Asialistan jakelu.",
  "meetingsAdmin.mailing.title": "Asialistan jakelu",
  "meetingsAdmin.mailing.mailed": "Asialista ja kalenterikutsu lähetettiin sähköpostilla {count} kutsutulle: {names}.",
  "meetingsAdmin.mailing.noneMailed": "Asialistaa ei lähetetty kenellekään.",
  "meetingsAdmin.mailing.notMailed":
    "Ei lähetetty ({count}): {names}. He eivät näe asialistaa, koska eivät ole ohjausryhmän jäseniä eivätkä koordinaattoreita.",
  "meetingsAdmin.status.changed.MINUTES_DRAFT": "Muistio on aloitettu.",
  "meetingsAdmin.status.changed.MINUTES_APPROVED": "Muistio on hyväksytty ja lukittu.",
  "meetingsAdmin.status.reopened": "Muistio on avattu uudelleen luonnokseksi.",

  "meetingsAdmin.history.title": "Vaiheiden historia",
  "meetingsAdmin.history.empty": "Vaiheita ei ole kirjattu.",
  "meetingsAdmin.history.created": "{actor} loi kokouksen.",
  "meetingsAdmin.history.changed": "{actor}: {from} → {to}",
  "meetingsAdmin.history.reopened": "{actor} avasi hyväksytyn muistion uudelleen. Syy: {reason}",
  "meetingsAdmin.history.unknownActor": "Tuntematon käyttäjä",

  "meetingsAdmin.delete.title": "Poista kokous",
  "meetingsAdmin.delete.lead": "Suunnitteilla olevan kokouksen voi poistaa, koska sitä ei ole vielä julkaistu muille.",
  "meetingsAdmin.delete.link": "Poista tämä kokous",
  "meetingsAdmin.delete.question": "Poistetaanko kokous ”{title}” ({time})?",
  "meetingsAdmin.delete.final":
    "Kokous poistetaan asialistoineen, materiaaleineen ja kutsuineen. Poistoa ei voi perua.",
  "meetingsAdmin.delete.submit": "Poista kokous lopullisesti",
  "meetingsAdmin.delete.keep": "Älä poista, palaa kokoukseen",

  "meetingsAdmin.error.dateTime": "Anna päivä ja kellonaika.",
  "meetingsAdmin.error.endBeforeStart": "Päättymisajan pitää olla alkamisajan jälkeen.",
  "meetingsAdmin.error.remoteUrl": "Anna https-alkuinen verkko-osoite.",
  "meetingsAdmin.error.unknownMeeting": "Kokousta ei löytynyt. Se on ehkä poistettu.",
  "meetingsAdmin.error.unknownItem": "Asiakohtaa ei löytynyt tästä kokouksesta. Lataa sivu uudelleen.",
  "meetingsAdmin.error.unknownUser": "Käyttäjää ei löytynyt.",
  "meetingsAdmin.error.notInvitable":
    "Kutsutuissa on henkilö, joka ei näe kokouksen asialistaa: ennen muistion hyväksymistä kokouksen näkevät vain ohjausryhmä ja koordinaattorit. Poista hänet kutsutuista tai pyydä ylläpitäjää antamaan hänelle ohjausryhmän rooli.",
  "meetingsAdmin.error.chairNotInvitable":
    "Puheenjohtaja kutsutaan kokoukseen, mutta hän ei näkisi asialistaa. Valitse ohjausryhmän jäsen tai koordinaattori.",
  "meetingsAdmin.error.secretaryNotEligible":
    "Sihteeri ei näkisi kokousta eikä voisi kirjoittaa muistiota ennen sen hyväksymistä. Valitse ohjausryhmän jäsen tai koordinaattori.",
  "meetingsAdmin.error.notInvited": "Henkilöä ei ole kutsuttu kokoukseen.",
  "meetingsAdmin.error.confirm": "Vahvista toiminto.",
  "meetingsAdmin.error.locked": "Muistio on hyväksytty ja lukittu. Avaa muistio uudelleen ennen muutoksia.",
  "meetingsAdmin.error.deleteNotPlanned": "Vain suunnitteilla olevan kokouksen voi poistaa.",
  "meetingsAdmin.error.transition":
    "Kokous ei voi siirtyä tähän vaiheeseen nykyisestä vaiheestaan. Lataa sivu uudelleen.",
  "meetingsAdmin.error.reasonRequired": "Kirjoita syy, miksi muistio avataan uudelleen.",
  "meetingsAdmin.error.placeRequired":
    "Anna kokoukselle paikka tai etäyhteyden linkki ennen kuin julkaiset asialistan.",
  "meetingsAdmin.error.cannotMove": "Kohtaa ei voi siirtää tähän suuntaan.",

  "meetingsAdmin.mail.subject": "Asialista: {title} {date}",
  "meetingsAdmin.mail.intro": "Ohjausryhmän kokouksen asialista on julkaistu. Tervetuloa kokoukseen!",
  "meetingsAdmin.mail.meeting": "Kokous",
  "meetingsAdmin.mail.agenda": "Asialista:",
  "meetingsAdmin.mail.presenter": "Esittelijä: {name}",
  "meetingsAdmin.mail.newsRound": "Kirjoita kirjastosi kuulumiset kuulumiskierrosta varten etukäteen: {url}",
  "meetingsAdmin.mail.attachment": "Kalenterikutsu on liitteenä (.ics): avaa se lisätäksesi kokouksen kalenteriisi.",
  "meetingsAdmin.mail.why": "Saat tämän viestin, koska sinut on kutsuttu ohjausryhmän kokoukseen PiKe-portaalissa.",
} as const;

const en: Record<keyof typeof fi, string> = {
  "meetingsAdmin.newMeeting": "New meeting",
  "meetingsAdmin.new.title": "New meeting",
  "meetingsAdmin.new.lead":
    "A new meeting starts as planned: only coordinators see it until you publish the agenda. The agenda starts from the standard template, which you can edit.",
  "meetingsAdmin.backToMeeting": "Back to the meeting",
  "meetingsAdmin.created":
    "The meeting was created with the standard agenda. Complete the agenda and publish it when it is ready.",
  "meetingsAdmin.deleted": "The meeting was deleted.",
  "meetingsAdmin.saved": "Saved.",
  "meetingsAdmin.save": "Save",
  "meetingsAdmin.create": "Create meeting",

  "meetingsAdmin.details.title": "Meeting details",
  "meetingsAdmin.details.savedMailed": "Saved. The agenda will be sent to the newly invited ({count}).",
  "meetingsAdmin.details.savedNotified":
    "Saved. The invited ({count}) are sent the change and an updated calendar invitation.",
  "meetingsAdmin.details.locked":
    "The minutes are approved, so the meeting's details, attendees and agenda are locked. Reopen the minutes to change them.",
  "meetingsAdmin.field.title": "Title",
  "meetingsAdmin.field.titleHint": "For example Ohjausryhmän kokous 1/2024.",
  "meetingsAdmin.field.startsAt": "Starts",
  "meetingsAdmin.field.endsAt": "Ends",
  "meetingsAdmin.field.timeHint": "Date and time in Finnish time.",
  "meetingsAdmin.field.location": "Place",
  "meetingsAdmin.field.locationHint":
    "The meeting place with its address. The agenda can be published once the meeting has a place, a remote link or both.",
  "meetingsAdmin.field.remoteUrl": "Remote meeting link",
  "meetingsAdmin.field.remoteUrlHint": "An https address, for example a Teams meeting link.",
  "meetingsAdmin.field.chairId": "Chair",
  "meetingsAdmin.field.secretaryId": "Secretary",
  "meetingsAdmin.field.secretaryIdHint":
    "The secretary writes the minutes, so they must see the meeting before the minutes are approved: steering-group members and coordinators can be chosen.",
  "meetingsAdmin.field.nobody": "Not named",
  "meetingsAdmin.field.attendeeIds": "Invited: steering group and coordinators",
  "meetingsAdmin.field.attendeeIdsHint":
    "The steering group is invited by default. The chair and the secretary are always invited. The invited get the agenda and a calendar invitation when the agenda is published. Only those who see the agenda can be invited: other staff see the meeting once its minutes are approved.",
  "meetingsAdmin.field.notInvitable": "{name} – does not see the agenda, remove",
  "meetingsAdmin.field.notSecretary": "{name} – cannot write the minutes",
  "meetingsAdmin.group.core": "Steering group and coordinators",
  "meetingsAdmin.group.others": "Other users",

  "meetingsAdmin.attendance.title": "Attendance",
  "meetingsAdmin.attendance.lead":
    "Record at or after the meeting who was present, who joined remotely and who was absent. The printed minutes list the attendees.",
  "meetingsAdmin.attendance.none": "Nobody has been invited to the meeting.",
  "meetingsAdmin.attendance.save": "Save attendance",
  "meetingsAdmin.attendance.saved": "Attendance saved.",
  "meetingsAdmin.attendance.INVITED": "Not recorded",
  "meetingsAdmin.attendance.PRESENT": "Present",
  "meetingsAdmin.attendance.REMOTE": "Remote",
  "meetingsAdmin.attendance.ABSENT": "Absent",

  "meetingsAdmin.agenda.title": "Agenda",
  "meetingsAdmin.agenda.lead":
    "Add, edit, remove and reorder agenda items. A new item is added before Other matters. Materials are added on the Materials page.",
  "meetingsAdmin.agenda.empty": "The agenda has no items.",
  "meetingsAdmin.agenda.position": "Item {position}",
  "meetingsAdmin.agenda.moveUp": "Move up",
  "meetingsAdmin.agenda.moveDown": "Move down",
  "meetingsAdmin.agenda.moved": "“{title}” is now item {position}.",
  "meetingsAdmin.agenda.edit": "Edit item",
  "meetingsAdmin.agenda.remove": "Remove item",
  "meetingsAdmin.agenda.removeQuestion": "Remove the item “{title}”?",
  "meetingsAdmin.agenda.removeWarning":
    "The item's materials ({materials}), its minutes with their revision history and its decisions ({decisions}) are removed with it. Its action items ({actionItems}) stay with the meeting without an agenda item. This cannot be undone.",
  "meetingsAdmin.agenda.removeSubmit": "Remove the item for good",
  "meetingsAdmin.agenda.removed": "The agenda item was removed and the other items renumbered.",
  "meetingsAdmin.agenda.add": "Add an agenda item",
  "meetingsAdmin.agenda.addSubmit": "Add item",
  "meetingsAdmin.agenda.added": "“{title}” was added as item {position}.",
  "meetingsAdmin.agenda.counts": "Materials {materials}, decisions {decisions}, action items {actionItems}.",
  "meetingsAdmin.agenda.hasMinutes": "Minutes have been written for this item.",
  "meetingsAdmin.agenda.presenter": "Presenter: {name}",
  "meetingsAdmin.agenda.kind.NEWS_ROUND": "The libraries' news entries are shown under this item.",
  "meetingsAdmin.agenda.kind.PREVIOUS_ACTIONS": "Open action items from earlier meetings are shown under this item.",
  "meetingsAdmin.item.title": "Title",
  "meetingsAdmin.item.body": "Description",
  "meetingsAdmin.item.bodyHint": "What the item is about. Shown on the agenda and in the agenda mail.",
  "meetingsAdmin.item.presenterId": "Presenter",
  "meetingsAdmin.item.presenterIdHint": "Choose a user or type a name in the next field.",
  "meetingsAdmin.item.presenterName": "Presenter's name, if not in the list",
  "meetingsAdmin.item.noPresenter": "None chosen",

  "meetingsAdmin.status.title": "Meeting stage",
  "meetingsAdmin.status.lead.PLANNED":
    "Only coordinators see the meeting. When the agenda is ready, publish it: the steering group sees it, and the invited get the agenda and a calendar invitation by email.",
  "meetingsAdmin.status.lead.AGENDA_PUBLISHED":
    "The steering group sees the agenda. Start the minutes at the meeting: the secretary writes them item by item.",
  "meetingsAdmin.status.lead.MINUTES_DRAFT":
    "The minutes are a draft the steering group can see. When they are ready, approve them: they are locked and shown to all staff of the member libraries.",
  "meetingsAdmin.status.lead.MINUTES_APPROVED":
    "The minutes are approved and locked. If they need corrections, reopen them and record why.",
  "meetingsAdmin.status.to.AGENDA_PUBLISHED": "Publish the agenda",
  "meetingsAdmin.status.to.MINUTES_DRAFT": "Start the minutes",
  "meetingsAdmin.status.to.MINUTES_APPROVED": "Approve the minutes",
  "meetingsAdmin.status.reopen": "Reopen the minutes",
  "meetingsAdmin.status.confirm.AGENDA_PUBLISHED":
    "The steering group and coordinators will see the agenda. The agenda and a calendar invitation are emailed to these invitees ({count}): {names}.",
  "meetingsAdmin.status.confirm.nobodyMailed":
    "The steering group and coordinators will see the agenda. No email is sent: nobody who sees the agenda is invited.",
  "meetingsAdmin.status.confirm.notMailed":
    "Not emailed ({count}): {names}. They do not see the agenda, as they are neither steering-group members nor coordinators. Remove them from the invited or ask an administrator to give them the steering-group role.",
  "meetingsAdmin.status.confirm.MINUTES_DRAFT":
    "The minutes open for writing; the steering group sees them as a draft.",
  "meetingsAdmin.status.confirm.MINUTES_APPROVED":
    "The minutes are locked and published to all staff of the member libraries.",
  "meetingsAdmin.status.confirm.reopen":
    "The minutes go back to draft: only the steering group and coordinators see them until you approve them again.",
  "meetingsAdmin.status.confirmSubmit": "Confirm: {action}",
  "meetingsAdmin.status.reason": "Reason",
  "meetingsAdmin.status.reasonHint": "The reason is recorded in the meeting's stage history.",
  "meetingsAdmin.status.changed.AGENDA_PUBLISHED":
    "The agenda is published. The agenda and a calendar invitation are emailed to {count, plural, one {# invitee} other {# invitees}}; the names are below under Agenda mailing.",
  "meetingsAdmin.status.publishedSomeNotMailed":
    "The agenda is published. The agenda and a calendar invitation are emailed to {count, plural, one {# invitee} other {# invitees}}. {notMailed, plural, one {# invitee gets} other {# invitees get}} no email, as they do not see the agenda; the names are below under Agenda mailing.",
  "meetingsAdmin.mailing.title": "Agenda mailing",
  "meetingsAdmin.mailing.mailed":
    "The agenda and a calendar invitation were emailed to {count, plural, one {# invitee} other {# invitees}}: {names}.",
  "meetingsAdmin.mailing.noneMailed": "The agenda was emailed to nobody.",
  "meetingsAdmin.mailing.notMailed":
    "Not emailed ({count}): {names}. They do not see the agenda, as they are neither steering-group members nor coordinators.",
  "meetingsAdmin.status.changed.MINUTES_DRAFT": "The minutes are started.",
  "meetingsAdmin.status.changed.MINUTES_APPROVED": "The minutes are approved and locked.",
  "meetingsAdmin.status.reopened": "The minutes were reopened as a draft.",

  "meetingsAdmin.history.title": "Stage history",
  "meetingsAdmin.history.empty": "No stages recorded.",
  "meetingsAdmin.history.created": "{actor} created the meeting.",
  "meetingsAdmin.history.changed": "{actor}: {from} → {to}",
  "meetingsAdmin.history.reopened": "{actor} reopened the approved minutes. Reason: {reason}",
  "meetingsAdmin.history.unknownActor": "Unknown user",

  "meetingsAdmin.delete.title": "Delete meeting",
  "meetingsAdmin.delete.lead": "A planned meeting can be deleted, as it has not been published to anyone else yet.",
  "meetingsAdmin.delete.link": "Delete this meeting",
  "meetingsAdmin.delete.question": "Delete the meeting “{title}” ({time})?",
  "meetingsAdmin.delete.final":
    "The meeting is deleted with its agenda, materials and invitations. This cannot be undone.",
  "meetingsAdmin.delete.submit": "Delete the meeting for good",
  "meetingsAdmin.delete.keep": "Do not delete, back to the meeting",

  "meetingsAdmin.error.dateTime": "Give a date and a time.",
  "meetingsAdmin.error.endBeforeStart": "The end must be after the start.",
  "meetingsAdmin.error.remoteUrl": "Give a web address starting with https.",
  "meetingsAdmin.error.unknownMeeting": "The meeting was not found. It may have been deleted.",
  "meetingsAdmin.error.unknownItem": "The agenda item was not found in this meeting. Reload the page.",
  "meetingsAdmin.error.unknownUser": "The user was not found.",
  "meetingsAdmin.error.notInvitable":
    "Someone invited would not see the meeting's agenda: before the minutes are approved only the steering group and coordinators see the meeting. Remove them from the invited or ask an administrator to give them the steering-group role.",
  "meetingsAdmin.error.chairNotInvitable":
    "The chair is invited to the meeting but would not see the agenda. Choose a steering-group member or a coordinator.",
  "meetingsAdmin.error.secretaryNotEligible":
    "The secretary would neither see the meeting nor be able to write the minutes before they are approved. Choose a steering-group member or a coordinator.",
  "meetingsAdmin.error.notInvited": "This person is not invited to the meeting.",
  "meetingsAdmin.error.confirm": "Confirm the action.",
  "meetingsAdmin.error.locked": "The minutes are approved and locked. Reopen the minutes before making changes.",
  "meetingsAdmin.error.deleteNotPlanned": "Only a planned meeting can be deleted.",
  "meetingsAdmin.error.transition": "The meeting cannot move to this stage from its current one. Reload the page.",
  "meetingsAdmin.error.reasonRequired": "Write why the minutes are reopened.",
  "meetingsAdmin.error.placeRequired": "Give the meeting a place or a remote link before publishing the agenda.",
  "meetingsAdmin.error.cannotMove": "The item cannot move further in this direction.",

  "meetingsAdmin.mail.subject": "Agenda: {title} {date}",
  "meetingsAdmin.mail.intro": "The agenda of the steering group's meeting has been published. Welcome to the meeting!",
  "meetingsAdmin.mail.meeting": "Meeting",
  "meetingsAdmin.mail.agenda": "Agenda:",
  "meetingsAdmin.mail.presenter": "Presenter: {name}",
  "meetingsAdmin.mail.newsRound": "Write your library's news for the news round in advance: {url}",
  "meetingsAdmin.mail.attachment":
    "A calendar invitation is attached (.ics): open it to add the meeting to your calendar.",
  "meetingsAdmin.mail.why":
    "You get this message because you are invited to a steering-group meeting in PiKe-portaali.",
};

export default { fi, en };
