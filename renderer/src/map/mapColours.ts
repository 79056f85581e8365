// Colours of the map's own layers. Severity colours run red → amber → blue so "evacuate" reads
// as the most urgent even to someone who cannot tell red from green (blue stays distinct).
import type { MapStatus, Severity } from '../../../shared/areas';

export const SEVERITY_COLOURS: Record<Severity, string> = {
  evacuate: '#c62828',
  shelter: '#e08a00',
  watch: '#1e6bb8',
};

export const STATUS_COLOURS: Record<MapStatus, string> = {
  ...SEVERITY_COLOURS,
  outside: '#4a5868',
};

export const VULNERABILITY_COLOURS = { vulnerable: '#7b1fa2', other: '#0d7377' } as const;

export const ASSEMBLY_COLOUR = '#0a5c63';

export const SEVERITY_LABELS: Record<Severity, string> = {
  evacuate: 'Evacuate',
  shelter: 'Shelter in place',
  watch: 'Watch',
};

export const STATUS_LABELS: Record<MapStatus, string> = {
  ...SEVERITY_LABELS,
  outside: 'Outside every area',
};

export const SEVERITIES: readonly Severity[] = ['evacuate', 'shelter', 'watch'];
