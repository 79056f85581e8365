import type { RosterPerson, RosterResult } from '../../../shared/exports';

/** "SANTOS Maria": the surname first and in capitals, as on a passport and the carrier's manifest. */
export function rosterName(p: RosterPerson): string {
  const surname = p.surname ?? (p.given_names === null ? p.full_name : null);
  return [surname?.toUpperCase(), p.given_names].filter(Boolean).join(' ') || `Person ${p.id}`;
}

/** Everyone on screen, in list order: what the arrow keys move through. */
export function visiblePeople(roster: RosterResult | null): RosterPerson[] {
  return roster ? roster.groups.flatMap((g) => g.members) : [];
}

/** The person Enter boards: the one picked with the arrows, else the first still to board. */
export function nextToBoard(people: RosterPerson[], pickedId: number | null): RosterPerson | null {
  const picked = people.find((p) => p.id === pickedId);
  if (picked && picked.status !== 'evacuated') return picked;
  return people.find((p) => p.status !== 'evacuated') ?? null;
}
