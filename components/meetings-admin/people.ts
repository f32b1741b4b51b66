// The people a coordinator picks from, as the forms show them (issue 9): the
// invitees and the chair only among those who will see the published agenda,
// the secretary only among those who could write the minutes; a presenter
// may be anyone. Someone already chosen who is no longer eligible stays
// visible, marked, so that saving says why instead of dropping them quietly.
import type { SelectGroup, SelectOption } from "@/components/forms/form-parts";
import { displayNameWithLibrary, type PersonName } from "@/lib/users/rules";

export type PersonChoice = PersonName & {
  id: string;
  /** In the steering group (invited by default). */
  steering: boolean;
  /** May be invited and be the chair (lib/meetings/rules canBeInvited). */
  invitable: boolean;
  /** May be the secretary (lib/meetings/rules canBeSecretary). */
  secretaryEligible: boolean;
};

/** A client form's catalogue lookup (fieldHelpers' tr); it also fits NameText. */
type Text = (key: string, vars?: Record<string, string | number>) => string;

export function personLabel(person: PersonChoice, tr: Text): string {
  return displayNameWithLibrary(person, tr);
}

/**
 * A picker's options: the eligible people, then anyone already chosen who is
 * not eligible, labelled with why (`notEligibleKey`).
 */
export function eligibleOptions(
  people: readonly PersonChoice[],
  eligible: (person: PersonChoice) => boolean,
  chosen: readonly string[],
  tr: Text,
  notEligibleKey: string,
): SelectOption[] {
  return [
    ...people.filter(eligible).map((p) => ({ value: p.id, label: personLabel(p, tr) })),
    ...people
      .filter((p) => !eligible(p) && chosen.includes(p.id))
      .map((p) => ({ value: p.id, label: tr(notEligibleKey, { name: personLabel(p, tr) }) })),
  ];
}

/** The presenter's select: the steering group and coordinators, then everyone else; empty groups left out. */
export function personGroups(
  people: readonly PersonChoice[],
  labels: { core: string; others: string },
  tr: Text,
): SelectGroup[] {
  const options = (list: readonly PersonChoice[]) => list.map((p) => ({ value: p.id, label: personLabel(p, tr) }));
  return [
    { label: labels.core, options: options(people.filter((p) => p.invitable)) },
    { label: labels.others, options: options(people.filter((p) => !p.invitable)) },
  ].filter((group) => group.options.length > 0);
}
