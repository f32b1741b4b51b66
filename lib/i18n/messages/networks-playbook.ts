// A network's playbook revisions and the chairs' announcements (issue 14 item 2).
const fi = {
  "networksPlaybook.error.tooLong": "Pelikirja on liian pitkä (enintään 50 000 merkkiä).",
  "networksPlaybook.error.conflict":
    "Joku muu tallensi pelikirjan sillä välin. Katso hänen versionsa ja yhdistä muutoksesi siihen.",
  "networksPlaybook.error.forbidden": "Vain verkoston puheenjohtaja tai koordinaattori voi muokata pelikirjaa.",
  "networksPlaybook.saved": "Pelikirja tallennettu.",
  "networksPlaybook.unchanged": "Ei muutoksia: pelikirja ja kuvaus olivat jo tallennettu tällaisina.",
  "networksPlaybook.editTitle": "Muokkaa pelikirjaa: {network}",
  "networksPlaybook.editLead":
    "Jokainen tallennus jää pelikirjan versiohistoriaan tekijän ja ajan kanssa. Kuvaus näkyy verkoston nimen alla ja verkostojen listassa.",
  "networksPlaybook.edit": "Muokkaa kuvausta ja pelikirjaa",
  "networksPlaybook.history": "Pelikirjan versiohistoria",
  "networksPlaybook.historyTitle": "Pelikirjan versiohistoria: {network}",
  "networksPlaybook.historyEmpty": "Pelikirjaa ei ole vielä tallennettu portaalissa kertaakaan.",
  "networksPlaybook.emptyRevision": "Tyhjä pelikirja (teksti poistettiin).",
  "networksPlaybook.backToNetwork": "Takaisin verkoston sivulle",
  "networksPlaybook.field.description": "Kuvaus",
  "networksPlaybook.field.playbook": "Pelikirja",
  "networksPlaybook.hint.description": "Yksi tai kaksi virkettä verkoston tarkoituksesta.",
  "networksPlaybook.hint.playbook":
    "Markdown: ## väliotsikko, - luettelo, **lihavointi**, [linkki](https://…). Kuvia ja upotuksia ei näytetä.",
  "networksPlaybook.save": "Tallenna",
};

const en: Record<keyof typeof fi, string> = {
  "networksPlaybook.error.tooLong": "The playbook is too long (at most 50,000 characters).",
  "networksPlaybook.error.conflict":
    "Someone else saved the playbook in the meantime. See their version and merge your changes into it.",
  "networksPlaybook.error.forbidden": "Only the network's chair or a coordinator may edit the playbook.",
  "networksPlaybook.saved": "Playbook saved.",
  "networksPlaybook.unchanged": "No changes: the playbook and description were already saved like this.",
  "networksPlaybook.editTitle": "Edit the playbook: {network}",
  "networksPlaybook.editLead":
    "Every save stays in the playbook's revision history with its author and time. The description shows under the network's name and in the list of networks.",
  "networksPlaybook.edit": "Edit the description and playbook",
  "networksPlaybook.history": "Revision history of the playbook",
  "networksPlaybook.historyTitle": "Revision history of the playbook: {network}",
  "networksPlaybook.historyEmpty": "The playbook has not been saved in the portal yet.",
  "networksPlaybook.emptyRevision": "An empty playbook (the text was removed).",
  "networksPlaybook.backToNetwork": "Back to the network's page",
  "networksPlaybook.field.description": "Description",
  "networksPlaybook.field.playbook": "Playbook",
  "networksPlaybook.hint.description": "A sentence or two on what the network is for.",
  "networksPlaybook.hint.playbook":
    "Markdown: ## subheading, - list, **bold**, [link](https://…). Images and embeds are not shown.",
  "networksPlaybook.save": "Save",
};

export default { fi, en };
