// The people a coordinator picks from (chair, secretary, presenter, invitees),
// as the forms show them: the steering group and coordinators first.
import type { SelectGroup, SelectOption } from "@/components/forms/form-parts";

export type PersonChoice = { id: string; name: string; libraryName: string | null; steering: boolean; core: boolean };

export function personLabel(person: PersonChoice): string {
  return person.libraryName ? `${person.name} (${person.libraryName})` : person.name;
}

export function personOptions(people: readonly PersonChoice[]): SelectOption[] {
  return people.map((p) => ({ value: p.id, label: personLabel(p) }));
}

/** A select's groups: core (steering group, coordinators) then everyone else; empty groups left out. */
export function personGroups(people: readonly PersonChoice[], labels: { core: string; others: string }): SelectGroup[] {
  return [
    { label: labels.core, options: personOptions(people.filter((p) => p.core)) },
    { label: labels.others, options: personOptions(people.filter((p) => !p.core)) },
  ].filter((group) => group.options.length > 0);
}
