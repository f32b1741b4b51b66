// A network's announcements (issue 14 item 2) and "Verkostot sinulle", the
// networks suggested to a signed-in reader (issue 14 item 1).
const fi = {
  "networkAnnouncements.title": "Tiedotteet",
  "networkAnnouncements.none": "Verkostolla ei ole vielä tiedotteita.",
  "networkAnnouncements.signInToRead": "Verkoston tiedotteet näkyvät alueen kirjastojen kirjautuneille työntekijöille.",
  "networkAnnouncements.latest": "{count} uusinta tiedotetta.",
  "networkAnnouncements.new": "Lähetä tiedote jäsenille",
  "networkAnnouncements.newTitle": "Tiedote jäsenille: {network}",
  "networkAnnouncements.newLead":
    "Tiedote lähtee sähköpostina verkoston jokaiselle jäsenelle ja näkyy verkoston sivulla. Kirjoita lyhyesti: mistä on kyse, mitä jäseniltä toivotaan ja mihin mennessä.",
  "networkAnnouncements.field.title": "Otsikko",
  "networkAnnouncements.field.body": "Teksti",
  "networkAnnouncements.hint.title": "Tulee myös sähköpostin aiheeksi.",
  "networkAnnouncements.hint.body": "Enintään 4 000 merkkiä. Rivinvaihdot säilyvät; muotoiluja ei käytetä.",
  "networkAnnouncements.submit": "Lähetä tiedote",
  "networkAnnouncements.sent": "Tiedote on lähetetty verkoston jäsenille.",
  "networkAnnouncements.error.titleLine": "Kirjoita otsikko yhdelle riville.",
  "networkAnnouncements.mail.subject": "{network}: {title}",
  "networkAnnouncements.mail.intro": "Tiedote verkostolta {network}:",
  "networkAnnouncements.mail.introBy": "{person} lähetti tiedotteen verkoston {network} jäsenille:",
  "networkAnnouncements.mail.why":
    "Saat tämän viestin, koska olet verkoston {network} jäsen. Voit erota verkostosta sen sivulla.",
  "networkSuggestions.title": "Verkostot sinulle",
  "networkSuggestions.lead":
    "Nämä verkostot sopivat kirjastosi alueelle tai teemoihin, joiden koulutuksiin olet ilmoittautunut tai joista olet kiinnostunut.",
  "networkSuggestions.regionLibraries": "Mukana {count} kirjastoa alueeltasi ({region})",
  "networkSuggestions.regionLibrary": "Mukana yksi kirjasto alueeltasi ({region})",
  "networkSuggestions.themes": "Teemat: {themes}",
  "networkSuggestions.open": "Tutustu verkostoon {network}",
};

const en: Record<keyof typeof fi, string> = {
  "networkAnnouncements.title": "Announcements",
  "networkAnnouncements.none": "The network has no announcements yet.",
  "networkAnnouncements.signInToRead":
    "The network's announcements are shown to signed-in staff of the region's libraries.",
  "networkAnnouncements.latest": "The {count} latest announcements.",
  "networkAnnouncements.new": "Send an announcement to members",
  "networkAnnouncements.newTitle": "Announcement to members: {network}",
  "networkAnnouncements.newLead":
    "The announcement is mailed to every member of the network and shown on the network's page. Keep it short: what it is about, what members are asked to do and by when.",
  "networkAnnouncements.field.title": "Subject",
  "networkAnnouncements.field.body": "Text",
  "networkAnnouncements.hint.title": "It is the mail's subject too.",
  "networkAnnouncements.hint.body": "At most 4,000 characters. Line breaks are kept; no formatting is used.",
  "networkAnnouncements.submit": "Send the announcement",
  "networkAnnouncements.sent": "The announcement has been sent to the network's members.",
  "networkAnnouncements.error.titleLine": "Write the subject on one line.",
  "networkAnnouncements.mail.subject": "{network}: {title}",
  "networkAnnouncements.mail.intro": "An announcement from {network}:",
  "networkAnnouncements.mail.introBy": "{person} sent an announcement to the members of {network}:",
  "networkAnnouncements.mail.why":
    "You receive this because you are a member of {network}. You can leave the network on its page.",
  "networkSuggestions.title": "Networks for you",
  "networkSuggestions.lead":
    "These networks fit your library's region or the themes of trainings you have enrolled in or marked interesting.",
  "networkSuggestions.regionLibraries": "{count} libraries of your region ({region}) take part",
  "networkSuggestions.regionLibrary": "One library of your region ({region}) takes part",
  "networkSuggestions.themes": "Themes: {themes}",
  "networkSuggestions.open": "About {network}",
};

export default { fi, en };
