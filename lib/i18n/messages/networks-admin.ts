// The networks' admin pages (issue 14 item 2): a new network, and one
// network's members, chairs and archiving.
const fi = {
  "networkAdmin.new": "Uusi verkosto",
  "networkAdmin.newTitle": "Uusi verkosto",
  "networkAdmin.newLead":
    "Verkostolla on aina vähintään yksi puheenjohtaja: valitse ensimmäinen. Hän hyväksyy jäsenet ja kirjoittaa pelikirjan.",
  "networkAdmin.field.name": "Nimi",
  "networkAdmin.field.slug": "Osoite",
  "networkAdmin.hint.slug": "Verkoston sivun osoite: /verkostot/osoite. Pienet kirjaimet a–z, numerot ja väliviivat.",
  "networkAdmin.field.description": "Kuvaus",
  "networkAdmin.field.chair": "Ensimmäinen puheenjohtaja",
  "networkAdmin.noLibrary": "Ei kirjastoa",
  "networkAdmin.choose": "Valitse henkilö",
  "networkAdmin.create": "Luo verkosto",
  "networkAdmin.manage": "Jäsenten hallinta",
  "networkAdmin.manageTitle": "Jäsenten hallinta: {network}",
  "networkAdmin.manageLead":
    "Puheenjohtaja voi poistaa jäsenen perustellen. Puheenjohtajat nimeää ja vapauttaa kehittämiskirjasto; verkostolla on aina vähintään yksi puheenjohtaja.",
  "networkAdmin.pending":
    "{count, plural, one {# liittymispyyntö odottaa} other {# liittymispyyntöä odottaa}} verkoston sivulla.",
  "networkAdmin.members": "Jäsenet",
  "networkAdmin.col.member": "Jäsen",
  "networkAdmin.col.library": "Kirjasto",
  "networkAdmin.col.role": "Rooli",
  "networkAdmin.col.joined": "Liittynyt",
  "networkAdmin.col.actions": "Toiminnot",
  "networkAdmin.remove": "Poista {person} verkostosta",
  "networkAdmin.removeReason": "Perustelu poistolle",
  "networkAdmin.removeHint": "Kirjataan lokiin. Jäsen ei saa viestiä.",
  "networkAdmin.appoint": "Nimeä puheenjohtajaksi: {person}",
  "networkAdmin.endChair": "Päätä puheenjohtajuus: {person}",
  "networkAdmin.archiveTitle": "Arkistoi verkosto",
  "networkAdmin.archiveLead":
    "Arkistoitu verkosto poistuu verkostojen listalta eikä ota vastaan liittymispyyntöjä. Sen tiedot jäävät tilastoihin.",
  "networkAdmin.archiveConfirm": "Vahvistan, että verkosto arkistoidaan",
  "networkAdmin.archive": "Arkistoi verkosto",
  "networkAdmin.exports": "Jäsenluettelo",
  "networkAdmin.done.removed": "Jäsen on poistettu verkostosta.",
  "networkAdmin.done.appointed": "Puheenjohtaja on nimetty.",
  "networkAdmin.done.chairEnded": "Puheenjohtajuus on päättynyt. Henkilö jatkaa verkoston jäsenenä.",
  "networkAdmin.done.created": "Verkosto on luotu.",
};

const en: Record<keyof typeof fi, string> = {
  "networkAdmin.new": "New network",
  "networkAdmin.newTitle": "New network",
  "networkAdmin.newLead":
    "A network always has at least one chair: choose the first. They approve members and write the playbook.",
  "networkAdmin.field.name": "Name",
  "networkAdmin.field.slug": "Address",
  "networkAdmin.hint.slug":
    "The network page's address: /verkostot/address. Lower-case letters a–z, digits and dashes.",
  "networkAdmin.field.description": "Description",
  "networkAdmin.field.chair": "First chair",
  "networkAdmin.noLibrary": "No library",
  "networkAdmin.choose": "Choose a person",
  "networkAdmin.create": "Create the network",
  "networkAdmin.manage": "Manage members",
  "networkAdmin.manageTitle": "Manage members: {network}",
  "networkAdmin.manageLead":
    "A chair may remove a member, giving a reason. The development library appoints and releases chairs; a network always keeps at least one chair.",
  "networkAdmin.pending":
    "{count, plural, one {# join request is} other {# join requests are}} waiting on the network's page.",
  "networkAdmin.members": "Members",
  "networkAdmin.col.member": "Member",
  "networkAdmin.col.library": "Library",
  "networkAdmin.col.role": "Role",
  "networkAdmin.col.joined": "Joined",
  "networkAdmin.col.actions": "Actions",
  "networkAdmin.remove": "Remove {person} from the network",
  "networkAdmin.removeReason": "Reason for removal",
  "networkAdmin.removeHint": "Recorded in the log. The member gets no mail.",
  "networkAdmin.appoint": "Appoint as chair: {person}",
  "networkAdmin.endChair": "End the chairmanship: {person}",
  "networkAdmin.archiveTitle": "Archive the network",
  "networkAdmin.archiveLead":
    "An archived network leaves the list of networks and takes no join requests. Its data stays in the figures.",
  "networkAdmin.archiveConfirm": "I confirm that the network is archived",
  "networkAdmin.archive": "Archive the network",
  "networkAdmin.exports": "Roster",
  "networkAdmin.done.removed": "The member has been removed from the network.",
  "networkAdmin.done.appointed": "The chair has been appointed.",
  "networkAdmin.done.chairEnded": "The chairmanship has ended. The person stays a member of the network.",
  "networkAdmin.done.created": "The network has been created.",
};

export default { fi, en };
