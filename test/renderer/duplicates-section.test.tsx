import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatchStatus } from '../../shared/match';
import { BandThresholds } from '../../renderer/src/duplicates/BandThresholds';
import { MergedPersonView } from '../../renderer/src/duplicates/MergedPersonView';
import { PersonDetailPanel } from '../../renderer/src/people/PersonDetailPanel';
import { DuplicatesSection } from '../../renderer/src/sections/DuplicatesSection';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { makeDetail } from './peopleFixtures';
import { bandsFor, makeCluster, makePair, makePairDetail, makeRun, makeStatus } from './duplicatesFixtures';

let fake: FakeMuster;
let status: MatchStatus;
beforeEach(() => {
  fake = installFakeMuster();
  status = makeStatus();
  fake.handle('match.summary', () => status);
  fake.handle('match.bands', ({ thresholds }) => bandsFor(thresholds));
  fake.handle('match.reviewQueue', () => ({ total: 1, rows: [makePair(0)] }));
  fake.handle('match.pair', () => makePairDetail(makePair(0)));
  fake.handle('match.clusters', () => ({ total: 0, rows: [] }));
  fake.handle('match.cluster', () => makeCluster());
});
afterEach(resetRenderer);

function bandCount(band: 'autoLink' | 'review' | 'distinct'): string {
  const tile = document.querySelector(`[data-band="${band}"] .band-count-number`);
  return tile?.textContent ?? '';
}

describe('score bands', () => {
  it('shows live counts for thresholds as they are moved, asking once the slider rests', async () => {
    render(<BandThresholds saved={{ autoLink: 12, review: 4 }} onSaved={() => undefined} />);
    await waitFor(() => expect(bandCount('autoLink')).toBe('280'));
    expect(bandCount('review')).toBe('80');
    expect(bandCount('distinct')).toBe('9,640');

    const slider = screen.getByLabelText('Auto-link threshold (slider)');
    fireEvent.change(slider, { target: { value: '14' } });
    fireEvent.change(slider, { target: { value: '15' } });
    fireEvent.change(slider, { target: { value: '16' } });
    // The typed box follows the slider.
    expect((screen.getByLabelText('Auto-link threshold') as HTMLInputElement).value).toBe('16');
    await waitFor(() => expect(bandCount('autoLink')).toBe('240'));
    expect(bandCount('review')).toBe('120');
    // Intermediate positions were never asked for.
    expect(fake.callsOf('match.bands').map((c) => c.params.thresholds.autoLink)).toEqual([12, 16]);
  });

  it('refuses an auto-link threshold under the review threshold without asking the engine', async () => {
    render(<BandThresholds saved={{ autoLink: 12, review: 4 }} onSaved={() => undefined} />);
    await waitFor(() => expect(fake.callsOf('match.bands')).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Review threshold'), { target: { value: '20' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The auto-link threshold must be at least the review threshold.',
    );
    expect((screen.getByRole('button', { name: 'Apply thresholds' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsOf('match.bands')).toHaveLength(1);
  });

  it('applies the thresholds and hands back the new status', async () => {
    const saved: MatchStatus[] = [];
    const next = makeStatus({ settings: { ...status.settings, thresholds: { autoLink: 10, review: 3 } } });
    fake.handle('match.setThresholds', () => next);
    render(<BandThresholds saved={{ autoLink: 12, review: 4 }} onSaved={(s) => saved.push(s)} />);
    const apply = screen.getByRole('button', { name: 'Apply thresholds' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Auto-link threshold'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Review threshold'), { target: { value: '3' } });
    fireEvent.click(apply);
    await screen.findByText('Thresholds saved. Persons were regrouped from the stored scores.');
    expect(fake.callsOf('match.setThresholds')[0]?.params).toEqual({
      thresholds: { autoLink: 10, review: 3 },
    });
    expect(saved).toEqual([next]);
  });
});

describe('duplicates section', () => {
  it('says there is nothing to compare in an empty vault', () => {
    render(<DuplicatesSection count={0} onImport={() => undefined} />);
    expect(screen.getByText(/No vault people yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go to Import' })).toBeTruthy();
    expect(fake.callsOf('match.summary')).toHaveLength(0);
  });

  it('shows the last run: pairs compared, pairs per rule, links, persons, review count', async () => {
    render(<DuplicatesSection count={1200} />);
    const summary = await screen.findByRole('region', { name: 'Last run' });
    const stat = (id: string): string => summary.querySelector(`[data-stat="${id}"] dd`)?.textContent ?? '';
    expect(stat('pairs')).toBe('48,210');
    expect(stat('links')).toBe('260');
    expect(stat('clusters')).toBe('950');
    expect(stat('merged')).toBe('230');
    expect(stat('review')).toBe('37');
    const rules = within(summary).getByRole('table', { name: 'Candidate pairs per blocking rule' });
    const phoneRow = within(rules).getByText('phone').closest('tr') as HTMLElement;
    expect(
      within(phoneRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['phone', '1,200', '1', '4,950']);
    expect(screen.getByText(/2 links were refused/)).toBeTruthy();
  });

  it('runs with the phase on screen, and cancels leaving everything as it was', async () => {
    status = makeStatus({ lastRun: null });
    const running = deferred<never>();
    fake.handle('match.run', () => running.promise);
    fake.handle('job.cancel', () => {
      running.reject(new Refusal('CANCELLED', 'Cancelled.'));
      return true;
    });
    render(<DuplicatesSection count={1200} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Find duplicates' }));
    const call = fake.callsOf('match.run')[0];
    expect(call?.params).toEqual({ mode: 'auto' });
    const requestId = call?.options?.requestId ?? '';
    expect(requestId).not.toBe('');

    act(() =>
      fake.emit('job.progress', {
        requestId,
        method: 'match.run',
        phase: 'scoring',
        done: 2_000,
        total: 8_000,
        rate: 40_000,
        etaSeconds: 1,
      }),
    );
    const phases = screen.getByRole('list', { name: 'Phases' });
    expect(within(phases).getByText('Scoring pairs').getAttribute('aria-current')).toBe('step');
    expect(within(phases).getByText('Blocking').className).toBe('is-done');
    expect(screen.getByText('2,000 of 8,000 · 40,000/s')).toBeTruthy();
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.value).toBe(2_000);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Search cancelled. Persons and decisions are as they were.');
    // The first search ever: no queue to hide or show yet.
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(fake.callsOf('job.cancel')[0]?.params).toEqual({ requestId });
  });

  it('offers an incremental run for new records and a full rerun', async () => {
    status = makeStatus({ pendingRecords: 250 });
    fake.handle('match.run', ({ mode }) => {
      status = makeStatus({
        lastRun: makeRun({ mode: mode === 'full' ? 'full' : 'incremental', newRecords: 250 }),
      });
      return status.lastRun as NonNullable<MatchStatus['lastRun']>;
    });
    render(<DuplicatesSection count={1450} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Match 250 new records' }));
    await screen.findByText('Every record has been matched.');
    expect(screen.getByText(/250 new records ·/)).toBeTruthy();
    expect(fake.callsOf('match.run')[0]?.params).toEqual({ mode: 'auto' });
    fireEvent.click(screen.getByRole('button', { name: 'Run again on all records' }));
    await waitFor(() => expect(fake.callsOf('match.run')[1]?.params).toEqual({ mode: 'full' }));
  });

  it('puts the queue away while a new run rebuilds the scores', async () => {
    const running = deferred<NonNullable<MatchStatus['lastRun']>>();
    fake.handle('match.run', () => running.promise);
    render(<DuplicatesSection count={1200} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Run again on all records' }));
    expect(fake.callsOf('match.run')[0]?.params).toEqual({ mode: 'full' });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText(/return when the search finishes/)).toBeTruthy();
    await act(async () => running.resolve(makeRun()));
    await screen.findByRole('tablist', { name: 'Duplicates views' });
  });

  it('lists merged persons, largest first, and opens one', async () => {
    fake.handle('match.clusters', ({ offset = 0 }) => ({
      total: 120,
      rows: Array.from({ length: 50 }, (_, i) => ({
        personId: offset + i + 1,
        size: 3,
        given_names: 'Person',
        surname: `Number${offset + i + 1}`,
        date_of_birth: '1990-01-01',
        sources: ['Ministry registrations', 'Employer roster: Acme'],
      })),
    }));
    render(<DuplicatesSection count={1200} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Merged persons' }));
    await screen.findByText('1–50 of 120');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('51–100 of 120');
    expect(fake.callsOf('match.clusters').at(-1)?.params).toEqual({ minSize: 2, offset: 50, limit: 50 });
    // The page's count can show before its rows on a loaded machine: wait for the row itself.
    fireEvent.click(await screen.findByRole('button', { name: 'Person Number51' }));
    await screen.findByRole('button', { name: 'Back to merged persons' });
    expect(fake.callsOf('match.cluster').at(-1)?.params).toEqual({ id: 51 });
  });

  it('opens a merged person from the queue and comes back to it', async () => {
    render(<DuplicatesSection count={1200} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open person of the left record' }));
    await screen.findByRole('heading', { name: 'Muhammad Al Hassan' });
    expect(fake.callsOf('match.cluster').at(-1)?.params).toEqual({ id: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Back to the review queue' }));
    await screen.findByRole('group', { name: /^Pair under review/ });
  });

  it('takes review keys from anywhere in the section, but not from other places or chords', async () => {
    fake.handle('match.decide', ({ leftId, rightId, decision }) =>
      makePairDetail({ ...makePair(0), leftId, rightId, decision }),
    );
    render(
      <>
        <DuplicatesSection count={1200} />
        <input aria-label="Elsewhere" />
      </>,
    );
    await screen.findByRole('group', { name: /^Pair under review/ });
    const heading = screen.getByRole('heading', { level: 1, name: 'Duplicates' });
    heading.focus();
    fireEvent.keyDown(screen.getByLabelText('Elsewhere'), { key: 'm' });
    fireEvent.keyDown(heading, { key: '3', altKey: true });
    expect(fake.callsOf('match.decide')).toHaveLength(0);
    fireEvent.keyDown(heading, { key: 'n' });
    await waitFor(() => expect(fake.callsOf('match.decide')).toHaveLength(1));
    expect(fake.callsOf('match.decide')[0]?.params.decision).toBe('not_match');
  });

  it('switches views with the arrow keys on the tabs', async () => {
    render(<DuplicatesSection count={1200} />);
    const review = await screen.findByRole('tab', { name: 'Review queue' });
    fireEvent.keyDown(review, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Score bands' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Score bands' }));
    await screen.findByLabelText('Auto-link threshold');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    await screen.findByText('No merged persons yet.');
  });
});

describe('merged person', () => {
  it('lists every source record with the survivor values and where each came from', async () => {
    render(<MergedPersonView recordId={8} onClose={() => undefined} onChanged={() => undefined} />);
    await screen.findByRole('heading', { name: 'Muhammad Al Hassan' });
    expect(screen.getByText('3 source records merged into one person.')).toBeTruthy();
    const survivor = screen.getByRole('region', { name: 'Values shown for this person' });
    const dob = within(survivor).getByText('Date of birth').closest('tr') as HTMLElement;
    expect(within(dob).getByText('#3 · Ministry registrations · row 2 · import #1')).toBeTruthy();
    // Empty survivor values are not listed.
    expect(within(survivor).queryByText('E-mail')).toBeNull();
    const records = screen.getByRole('region', { name: 'Source records' });
    expect(within(records).getAllByRole('row')).toHaveLength(4);
    // An Arabic name is laid out right to left on its own.
    expect(within(records).getByText('محمد الحسن').getAttribute('dir')).toBe('auto');
  });

  it('unmerges a record after confirmation and stays with the person left behind', async () => {
    const changed: number[] = [];
    const [a, b, c] = makeCluster().records;
    if (!a || !b || !c) throw new Error('fixture');
    fake.handle('match.unmerge', () => [
      makeCluster({ records: [a, b] }),
      makeCluster({ personId: 11, records: [{ ...c, personId: 11 }], survivor: [] }),
    ]);
    render(<MergedPersonView recordId={3} onClose={() => undefined} onChanged={() => changed.push(1)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unmerge record #11' }));
    expect(fake.callsOf('match.unmerge')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm unmerge' }));
    await screen.findByText(
      /Record #11 \(Consulate walk-ins · row 5 · import #1\) is now a person of its own/,
    );
    expect(fake.callsOf('match.unmerge')[0]?.params).toEqual({ recordIds: [11] });
    expect(screen.getByText('2 source records merged into one person.')).toBeTruthy();
    expect(changed).toEqual([1]);
  });

  it('saves a source-priority policy in the order the officer set', async () => {
    fake.handle('match.setSurvivorship', ({ policy }) => ({
      thresholds: { autoLink: 12, review: 4 },
      survivorship: { rule: policy.rule, sourcePriority: policy.sourcePriority ?? [] },
    }));
    render(<MergedPersonView recordId={3} onClose={() => undefined} onChanged={() => undefined} />);
    fireEvent.click(await screen.findByLabelText(/Source priority/));
    const list = screen.getByRole('list', { name: 'Sources, most trusted first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('[dir]')?.textContent),
    ).toEqual(['Ministry registrations', 'Employer roster: Acme', 'Consulate walk-ins']);
    fireEvent.click(screen.getByRole('button', { name: 'Move Consulate walk-ins up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Consulate walk-ins up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await screen.findByText('Policy saved. The values above follow it now.');
    expect(fake.callsOf('match.setSurvivorship')[0]?.params).toEqual({
      policy: {
        rule: 'source_priority',
        sourcePriority: ['Consulate walk-ins', 'Ministry registrations', 'Employer roster: Acme'],
      },
    });
  });
});

describe('merged person from the People panel', () => {
  it('says how many records were merged and opens them in a dialog that Escape closes alone', async () => {
    fake.handle('people.get', ({ id }) => makeDetail({ person: { ...makeDetail().person, id } }));
    let closed = 0;
    render(
      <PersonDetailPanel
        id={8}
        onClose={() => (closed += 1)}
        onOpenPerson={() => undefined}
        onChanged={() => undefined}
      />,
    );
    const note = await screen.findByRole('region', { name: 'Duplicates' });
    await within(note).findByText('Merged from 3 source records.');
    fireEvent.click(within(note).getByRole('button', { name: 'Show merged records' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merged person' });
    await within(dialog).findByRole('heading', { name: 'Muhammad Al Hassan' });
    expect(fake.callsOf('match.cluster').at(-1)?.params).toEqual({ id: 8 });
    fireEvent.keyDown(within(dialog).getByRole('heading', { name: 'Muhammad Al Hassan' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(closed).toBe(0);
  });

  it('stays quiet when duplicates have not been searched yet', async () => {
    fake.handle('people.get', ({ id }) => makeDetail({ person: { ...makeDetail().person, id } }));
    fake.handle('match.cluster', () => {
      throw new Refusal('NOT_FOUND', 'Duplicates have not been searched yet: run matching first.');
    });
    render(
      <PersonDetailPanel
        id={8}
        onClose={() => undefined}
        onOpenPerson={() => undefined}
        onChanged={() => undefined}
      />,
    );
    await screen.findByRole('region', { name: 'Source records' });
    await waitFor(() => expect(fake.callsOf('match.cluster')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Duplicates' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
