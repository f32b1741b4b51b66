// PiKe networks (PiKe-verkostot): thematic staff networks with a chair and a playbook.
const fi = {
  "networks.title": "PiKe-verkostot",
  "networks.lead":
    "PiKe-verkostot ovat Pirkanmaan ja Keski-Suomen kirjastojen teemoittaisia henkilöstöverkostoja. Jokaisella verkostolla on puheenjohtaja ja pelikirja.",
  "networks.joinViaChair":
    "Uudet työntekijät pääsevät verkostoon mukaan puheenjohtajan kautta. Verkoston puheenjohtajan ja pelikirjan löydät verkoston omalta sivulta.",
  "networks.empty": "Verkostoja ei ole vielä julkaistu. Kehittämiskirjasto lisää verkostot tälle sivulle.",
  "networks.field.chair": "Puheenjohtaja",
  "networks.field.chairs": "Puheenjohtajat",
  "networks.field.members": "Jäseniä",
  "networks.chairWithLibrary": "{name}, {library}",
  "networks.noChair": "Puheenjohtajaa ei ole vielä valittu.",
  "networks.playbookTitle": "Pelikirja",
  "networks.playbookEmpty": "Verkoston pelikirjaa ei ole vielä kirjoitettu. Puheenjohtaja julkaisee sen tällä sivulla.",
  "networks.backToList": "Kaikki verkostot",
} as const;

const en: Record<keyof typeof fi, string> = {
  "networks.title": "PiKe networks",
  "networks.lead":
    "PiKe networks are thematic staff networks of the libraries in Pirkanmaa and Central Finland. Every network has a chair and a playbook.",
  "networks.joinViaChair":
    "New employees join a network through its chair. You find each network's chair and playbook on the network's own page.",
  "networks.empty": "No networks have been published yet. The development library adds the networks to this page.",
  "networks.field.chair": "Chair",
  "networks.field.chairs": "Chairs",
  "networks.field.members": "Members",
  "networks.chairWithLibrary": "{name}, {library}",
  "networks.noChair": "No chair has been chosen yet.",
  "networks.playbookTitle": "Playbook",
  "networks.playbookEmpty": "The network's playbook has not been written yet. The chair will publish it on this page.",
  "networks.backToList": "All networks",
};

export default { fi, en };
