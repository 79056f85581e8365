// Synthetic registrations and employer rosters with ground truth. What the files hold and the
// rates they are built to are documented in rates.ts.
export {
  datasetFiles,
  generateDataset,
  MAX_PEOPLE,
  validateOptions,
  type DatasetEvent,
  type DatasetOptions,
} from './dataset';
export { writeDataset, type DatasetSummary, type WriteOptions } from './writer';
export { HOST_CODES } from './host';
export type { FileSpec, RowFileId } from './files/spec';
export type { JsonRecord } from './files/rosterJson';
export { APPEARANCES, POPULATION, REGISTRATION_FIELDS, ROSTER_FIELDS } from './rates';
