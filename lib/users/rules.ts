// How one person is named to another (issue 9). Pure and client-safe: loaders
// hand over a PersonName, and whoever knows the reader's language (a page, a
// client form, a mail in its recipient's language, an export, the English
// JSON API) turns it into text here. A person's e-mail address is never a
// stand-in for their name: it is theirs and the coordinators' to see, shown
// only where the address itself is the point, by a path of its own
// (Omat tiedot, the coordinators' participant lists and exports, nameForSelf).

/** What another person may see of someone: their name (if they have one) and their library. */
export type PersonName = { name: string | null; libraryName: string | null };

/** The catalogue lookup the helpers need: the server's Translate and a client form's tr both fit. */
export type NameText = (key: "person.unnamed" | "person.unnamedOf", vars?: { library: string }) => string;

const nameOf = (person: PersonName) => person.name?.trim() || null;

/**
 * A person as others see them: their name, else "Työntekijä (Jyväskylän
 * kaupunginkirjasto)" — a neutral form, because a library's name does not
 * inflect safely ("…kirjaston työntekijä") — and never their e-mail address.
 */
export function displayName(person: PersonName, t: NameText): string {
  const name = nameOf(person);
  if (name) return name;
  return person.libraryName ? t("person.unnamedOf", { library: person.libraryName }) : t("person.unnamed");
}

/** The same with the library beside a name, as pickers and attendee lists show people: "Hanna (Jyväskylä)". */
export function displayNameWithLibrary(person: PersonName, t: NameText): string {
  const name = nameOf(person);
  if (!name) return displayName(person, t);
  return person.libraryName ? `${name} (${person.libraryName})` : name;
}

/** Names as one phrase in the reader's language: "Hanna, Juli ja Laila". */
export function listNames(names: readonly string[], locale: "fi" | "en"): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
}

/** Orders people by name, the nameless last (among themselves by library). */
export function compareByName(a: PersonName, b: PersonName): number {
  const an = nameOf(a);
  const bn = nameOf(b);
  if (an && bn) return an.localeCompare(bn, "fi");
  if (an || bn) return an ? -1 : 1;
  return (a.libraryName ?? "").localeCompare(b.libraryName ?? "", "fi");
}

/**
 * How the signed-in person is named to themself (the header's user menu):
 * their name, else their own address — which is theirs to see. Only ever
 * called with the session's own user.
 */
export function nameForSelf(self: { name: string | null; email: string | null }): string {
  return self.name?.trim() || self.email || "";
}

/**
 * An account as the admins' users pages name it: the name, else the address —
 * administering accounts is where the address is the point (a person invited
 * without a name has only that).
 */
export function accountLabel(account: { name: string | null; email: string }): string {
  return account.name?.trim() || account.email;
}
