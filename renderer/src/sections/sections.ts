// The sections of an open vault, in sidebar order; Alt+1…6 follow this order.
export const SECTIONS = [
  { id: 'people', label: 'People' },
  { id: 'import', label: 'Import' },
  { id: 'duplicates', label: 'Duplicates' },
  { id: 'map', label: 'Map' },
  { id: 'exports', label: 'Exports' },
  { id: 'audit', label: 'Audit' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionLabel(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.label ?? id;
}

/** Shortcut digit of a section, e.g. "1" for People. */
export function sectionShortcut(id: SectionId): string {
  return String(SECTIONS.findIndex((s) => s.id === id) + 1);
}
