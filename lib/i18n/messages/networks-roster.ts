// A network's roster export (issue 14 item 3).
const fi = {
  "networkRoster.title": "Jäsenluettelo: {network}",
  "networkRoster.sheet": "Jäsenet",
  "networkRoster.download": "Lataa jäsenluettelo",
  "networkRoster.csv": "CSV (Excel)",
  "networkRoster.xlsx": "XLSX",
  "networkRoster.col.name": "Nimi",
  "networkRoster.col.email": "Sähköposti",
  "networkRoster.col.library": "Kirjasto",
  "networkRoster.col.municipality": "Kunta",
  "networkRoster.col.role": "Rooli",
  "networkRoster.col.joined": "Liittynyt",
  "networkRoster.role.CHAIR": "Puheenjohtaja",
  "networkRoster.role.MEMBER": "Jäsen",
};

const en: Record<keyof typeof fi, string> = {
  "networkRoster.title": "Roster: {network}",
  "networkRoster.sheet": "Members",
  "networkRoster.download": "Download the roster",
  "networkRoster.csv": "CSV (Excel)",
  "networkRoster.xlsx": "XLSX",
  "networkRoster.col.name": "Name",
  "networkRoster.col.email": "Email",
  "networkRoster.col.library": "Library",
  "networkRoster.col.municipality": "Municipality",
  "networkRoster.col.role": "Role",
  "networkRoster.col.joined": "Joined",
  "networkRoster.role.CHAIR": "Chair",
  "networkRoster.role.MEMBER": "Member",
};

export default { fi, en };
