// A network's playbook revisions and the chairs' announcements (issue 14 item 2).
const fi = {
  "networksPlaybook.error.tooLong": "Pelikirja on liian pitkä (enintään 50 000 merkkiä).",
  "networksPlaybook.error.conflict":
    "Joku muu tallensi pelikirjan sillä välin. Katso hänen versionsa ja yhdistä muutoksesi siihen.",
  "networksPlaybook.error.forbidden": "Vain verkoston puheenjohtaja tai koordinaattori voi muokata pelikirjaa.",
  "networksPlaybook.saved": "Pelikirja tallennettu.",
  "networksPlaybook.unchanged": "Ei muutoksia: pelikirja ja kuvaus olivat jo tallennettu tällaisina.",
};

const en: Record<keyof typeof fi, string> = {
  "networksPlaybook.error.tooLong": "The playbook is too long (at most 50,000 characters).",
  "networksPlaybook.error.conflict":
    "Someone else saved the playbook in the meantime. See their version and merge your changes into it.",
  "networksPlaybook.error.forbidden": "Only the network's chair or a coordinator may edit the playbook.",
  "networksPlaybook.saved": "Playbook saved.",
  "networksPlaybook.unchanged": "No changes: the playbook and description were already saved like this.",
};

export default { fi, en };
