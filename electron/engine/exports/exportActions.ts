// The three exports, each: check destination and keys, select people, build the table the profile
// allows, then publish (seal, write, audit).
import { MusterError } from '../../../shared/errors';
import type {
  AggregateParams,
  ContactsParams,
  ExportResult,
  LeftOut,
  ManifestParams,
} from '../../../shared/exports';
import { getArea, listAreas } from '../areas/areaStore';
import { peopleColumns } from '../areas/people/peopleColumns';
import { personOverlay } from '../people/personOverlay';
import type { JobContext } from '../types';
import { aggregateAreas, aggregateTable } from './aggregate';
import { ESSENTIAL, LEFT_OUT, contactsTable, contactsVcard, reachable } from './contacts';
import { manifestTable } from './manifest';
import { exportPeople } from './personRecords';
import { profileFor } from './profileStore';
import { pseudonymizer, pseudonymKey } from './pseudonyms';
import { encodeTable, prepare, publish, type Publisher } from './publish';
import { requireSomeone, selectPeople } from './selection';

type Ctx = Pick<JobContext, 'checkpoint' | 'progress'>;

function notInVault(unknown: number): LeftOut[] {
  return unknown > 0 ? [{ reason: LEFT_OUT.notInVault, count: unknown }] : [];
}

export async function exportManifest(p: Publisher, params: ManifestParams, ctx?: Ctx): Promise<ExportResult> {
  const profile = profileFor(p.vault, 'manifest', params.profile);
  const prepared = prepare(p, params.path, params.seal, params.format, 'manifest');
  ctx?.progress({ phase: 'selecting', done: 0, total: 1 });
  const selected = await selectPeople(p.vault, params.selection, ctx);
  requireSomeone(selected, 'nobody to put on a manifest');
  const people = exportPeople(p.vault, selected.ids);
  await ctx?.checkpoint();
  const ref = pseudonymizer(await pseudonymKey(p.vault), profile.name);
  const table = manifestTable(people, profile, ref, p.now());
  ctx?.progress({ phase: 'writing', done: 0, total: 1 });
  const print = {
    crisis: 'areaId' in params.selection ? getArea(p.vault, params.selection.areaId).name : 'Selection',
    exportedAt: p.now(),
    profile,
    onPage: async (done: number, total: number) => {
      ctx?.progress({ phase: 'writing', done, total });
      await ctx?.checkpoint();
    },
  };
  return publish(p, prepared, await encodeTable(table, params.format, print), {
    kind: 'manifest',
    profile: profile.name,
    format: params.format,
    people: people.length,
    rows: table.rows.length,
    leftOut: notInVault(selected.unknown),
    suppressed: 0,
  });
}

export async function exportContacts(p: Publisher, params: ContactsParams, ctx?: Ctx): Promise<ExportResult> {
  const profile = profileFor(p.vault, 'contacts', params.profile);
  if (!profile.fields.includes(ESSENTIAL[params.layout])) {
    throw new MusterError(
      'INVALID_INPUT',
      `The profile ${profile.name} does not let ${ESSENTIAL[params.layout]} out; choose another profile.`,
    );
  }
  const prepared = prepare(p, params.path, params.seal);
  const selected = await selectPeople(p.vault, params.selection, ctx);
  requireSomeone(selected, 'nobody to contact');
  const people = exportPeople(p.vault, selected.ids);
  await ctx?.checkpoint();
  const { contacts, leftOut } = reachable(people, params.layout);
  if (contacts.length === 0) {
    throw new MusterError(
      'INVALID_INPUT',
      'Nobody in this selection has a usable contact for this list; nothing was written.',
    );
  }
  const ref = pseudonymizer(await pseudonymKey(p.vault), profile.name);
  let bytes: Buffer;
  let rows: number;
  if (params.layout === 'vcard') {
    bytes = Buffer.from(contactsVcard(contacts, profile, ref), 'utf8');
    rows = contacts.length;
  } else {
    const table = contactsTable(contacts, params.layout, profile, ref);
    bytes = await encodeTable(table, 'csv');
    rows = table.rows.length;
  }
  return publish(p, prepared, bytes, {
    kind: 'contacts',
    profile: profile.name,
    format: params.layout,
    people: contacts.length,
    rows,
    leftOut: [...leftOut, ...notInVault(selected.unknown)],
    suppressed: 0,
  });
}

export async function exportAggregate(
  p: Publisher,
  params: AggregateParams & { k: number },
  ctx?: Ctx,
): Promise<ExportResult> {
  const profile = profileFor(p.vault, 'aggregate', params.profile);
  const prepared = prepare(p, params.path, params.seal, params.format);
  const areas = params.areaIds ? params.areaIds.map((id) => getArea(p.vault, id)) : listAreas(p.vault);
  if (areas.length === 0)
    throw new MusterError('INVALID_INPUT', 'There is no crisis area to count people in.');
  const columns = peopleColumns(p.vault);
  const { areas: aggregates, suppressed } = await aggregateAreas(
    columns,
    personOverlay(p.vault, columns),
    areas,
    params.k,
    p.now(),
    ctx,
  );
  const people = aggregates.reduce((n, a) => n + a.total, 0);
  if (people === 0) throw new MusterError('INVALID_INPUT', 'Nobody is inside these areas: nothing to count.');
  const table = aggregateTable(aggregates, profile);
  return publish(p, prepared, await encodeTable(table, params.format), {
    kind: 'aggregate',
    profile: profile.name,
    format: params.format,
    people,
    rows: table.rows.length,
    leftOut: [],
    suppressed,
  });
}
