// Saved versions of a text and what changed between them (minutes, playbooks).
const fi = {
  "revisions.diff.title":
    "Muutokset edelliseen versioon: {added, plural, one {# rivi lisätty} other {# riviä lisätty}}, {removed, plural, one {# poistettu} other {# poistettu}}",
  "revisions.diff.none": "Teksti ei muuttunut.",
  "revisions.diff.added": "lisätty",
  "revisions.diff.removed": "poistettu",
};

const en: Record<keyof typeof fi, string> = {
  "revisions.diff.title":
    "Changes from the version before: {added, plural, one {# line added} other {# lines added}}, {removed} removed",
  "revisions.diff.none": "The text did not change.",
  "revisions.diff.added": "added",
  "revisions.diff.removed": "removed",
};

export default { fi, en };
