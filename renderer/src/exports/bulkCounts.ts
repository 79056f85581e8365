// How many people a bulk change will touch, worked out from the dashboard's counts before asking.
import type { PersonStatus, StatusCountsByStatus } from '../../../shared/exports';
import { countsTotal } from './statusLabels';

export interface BulkPlan {
  /** Everyone in the area. */
  selected: number;
  /** Those whose status would change. */
  changing: number;
}

export function bulkPlan(
  counts: StatusCountsByStatus,
  status: PersonStatus,
  onlyFrom: PersonStatus | null,
): BulkPlan {
  const selected = countsTotal(counts);
  if (onlyFrom !== null) return { selected, changing: onlyFrom === status ? 0 : counts[onlyFrom] };
  return { selected, changing: selected - counts[status] };
}
