import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatchDecision, ReviewPair } from '../../shared/match';
import { ReviewQueue } from '../../renderer/src/duplicates/ReviewQueue';
import { reviewCommand } from '../../renderer/src/duplicates/reviewKeys';
import { valueDifference } from '../../renderer/src/duplicates/valueDifference';
import type { FakeMuster } from './fakeMuster';
import { deferred, installFakeMuster, Refusal, resetRenderer } from './fakeMuster';
import { makePair, makePairDetail } from './duplicatesFixtures';

let fake: FakeMuster;
let pending: ReviewPair[];
let opened: number[];
let decidedCount: number;

/** A queue that behaves like the engine's: decided pairs leave the pending list. */
function serveQueue(pairs: ReviewPair[]): void {
  pending = pairs;
  const decisions = new Map<string, MatchDecision>();
  const key = (p: { leftId: number; rightId: number }): string => `${p.leftId}-${p.rightId}`;
  const withDecision = (p: ReviewPair): ReviewPair => ({ ...p, decision: decisions.get(key(p)) ?? null });
  const find = (ref: { leftId: number; rightId: number }): ReviewPair => {
    const pair = pairs.find((p) => key(p) === key(ref));
    if (!pair) throw new Refusal('NOT_FOUND', 'No such pair.');
    return withDecision(pair);
  };
  fake.handle('match.reviewQueue', ({ offset = 0, limit = 50 }) => {
    const open = pending.filter((p) => !decisions.has(key(p)));
    return { total: open.length, rows: open.slice(offset, offset + limit) };
  });
  fake.handle('match.pair', (ref) => makePairDetail(find(ref)));
  fake.handle('match.decide', ({ leftId, rightId, decision }) => {
    decisions.set(key({ leftId, rightId }), decision);
    return makePairDetail(find({ leftId, rightId }));
  });
  fake.handle('match.undoDecision', (ref) => {
    decisions.delete(key(ref));
    return makePairDetail(find(ref));
  });
}

beforeEach(() => {
  fake = installFakeMuster();
  opened = [];
  decidedCount = 0;
  serveQueue([makePair(0), makePair(1), makePair(2)]);
});
afterEach(resetRenderer);

async function renderQueue(): Promise<HTMLElement> {
  render(
    <ReviewQueue
      onDecided={() => {
        decidedCount += 1;
      }}
      onOpenPerson={(id) => opened.push(id)}
    />,
  );
  return pairCard();
}

async function pairCard(): Promise<HTMLElement> {
  return screen.findByRole('group', { name: /^Pair under review/ });
}

/** Waits until the card shows the records of the pair with this left id. */
async function showsPair(leftId: number): Promise<void> {
  await waitFor(() => {
    const card = screen.getByRole('group', { name: /^Pair under review/ });
    expect(within(card).getByText(`Open person of the left record`)).toBeTruthy();
    expect(fake.callsOf('match.pair').at(-1)?.params.leftId).toBe(leftId);
    expect(card.getAttribute('aria-busy')).toBe('false');
  });
}

function decisions(): { leftId: number; decision: MatchDecision }[] {
  return fake.callsOf('match.decide').map((c) => ({ leftId: c.params.leftId, decision: c.params.decision }));
}

describe('review queue keyboard', () => {
  it('decides with M, N and S, moving to the next pair after each', async () => {
    const card = await renderQueue();
    await showsPair(1);
    expect(document.activeElement).toBe(card);
    expect(screen.getByText(/Pair 1 of 3/)).toBeTruthy();

    fireEvent.keyDown(card, { key: 'm' });
    await showsPair(3);
    expect(screen.getByText(/Pair 2 of 3 · 1 decided now/)).toBeTruthy();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'N', shiftKey: false });
    await showsPair(5);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 's' });
    await screen.findByText('Queue empty: every pair is decided.');

    expect(decisions()).toEqual([
      { leftId: 1, decision: 'match' },
      { leftId: 3, decision: 'not_match' },
      { leftId: 5, decision: 'skip' },
    ]);
    expect(decidedCount).toBe(3);
  });

  it('undoes the last decision with U and with Ctrl+Z, returning to that pair', async () => {
    const card = await renderQueue();
    await showsPair(1);
    fireEvent.keyDown(card, { key: 'm' });
    await showsPair(3);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'n' });
    await showsPair(5);

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'u' });
    await waitFor(() => expect(fake.callsOf('match.undoDecision')).toHaveLength(1));
    expect(fake.callsOf('match.undoDecision')[0]?.params).toEqual({ leftId: 3, rightId: 4 });
    await showsPair(3);

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(fake.callsOf('match.undoDecision')).toHaveLength(2));
    expect(fake.callsOf('match.undoDecision')[1]?.params).toEqual({ leftId: 1, rightId: 2 });
    await showsPair(1);
    // Nothing left to undo: the button says so.
    expect((screen.getByRole('button', { name: /^Undo/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('walks the pairs with the arrow keys without deciding', async () => {
    const card = await renderQueue();
    await showsPair(1);
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    await showsPair(3);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    await showsPair(5);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowLeft' });
    await showsPair(3);
    expect(decisions()).toEqual([]);
  });

  it('takes one decision per pair even when the key repeats before the answer', async () => {
    const slow = deferred<void>();
    const original = fake;
    original.handle('match.decide', async ({ leftId, rightId }) => {
      await slow.promise;
      return makePairDetail({ ...makePair(0), leftId, rightId, decision: 'match' });
    });
    const card = await renderQueue();
    await showsPair(1);
    fireEvent.keyDown(card, { key: 'm' });
    fireEvent.keyDown(card, { key: 'm' });
    fireEvent.keyDown(card, { key: 'n' });
    await act(async () => slow.resolve());
    await showsPair(3);
    expect(decisions()).toEqual([{ leftId: 1, decision: 'match' }]);
  });

  it('leaves keys typed in the order menu alone, and has buttons for every key', async () => {
    const card = await renderQueue();
    await showsPair(1);
    fireEvent.keyDown(screen.getByLabelText('Order'), { key: 'm' });
    expect(decisions()).toEqual([]);
    const button = within(card).getByRole('button', { name: 'Not a match N' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('N');
    fireEvent.click(button);
    await showsPair(3);
    expect(decisions()).toEqual([{ leftId: 1, decision: 'not_match' }]);
  });

  it('says why a decision failed and stays on the pair', async () => {
    fake.handle('match.decide', () => {
      throw new Refusal('LOCKED', 'The vault is locked.');
    });
    const card = await renderQueue();
    await showsPair(1);
    fireEvent.keyDown(card, { key: 'm' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The decision was not saved. The vault is locked. Unlock it to continue.',
    );
    expect(screen.getByText(/Pair 1 of 3/)).toBeTruthy();
  });

  it('revisits skipped pairs in order, changing an answer', async () => {
    fake.handle('match.reviewQueue', ({ status }) => ({
      total: status === 'skipped' ? 2 : 0,
      rows:
        status === 'skipped' ? [makePair(4, { decision: 'skip' }), makePair(5, { decision: 'skip' })] : [],
    }));
    fake.handle('match.pair', (ref) =>
      makePairDetail({ ...makePair((ref.leftId - 1) / 2), decision: 'skip' }),
    );
    fake.handle('match.decide', ({ leftId, rightId, decision }) =>
      makePairDetail({ ...makePair((leftId - 1) / 2), leftId, rightId, decision }),
    );
    render(<ReviewQueue onDecided={() => undefined} onOpenPerson={() => undefined} />);
    await screen.findByText('Queue empty: no pair is waiting for review.');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'skipped' } });
    await showsPair(9);
    expect(fake.callsOf('match.reviewQueue').at(-1)?.params).toMatchObject({ status: 'skipped' });
    expect(screen.getByText('Decided: Skipped')).toBeTruthy();
    fireEvent.keyDown(await pairCard(), { key: 'm' });
    await showsPair(11);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'n' });
    await screen.findByText('End of the skipped pairs.');
    // Undo puts back the earlier answer (skip) rather than forgetting the pair's decision.
    fireEvent.keyDown(document.body, { key: 'u' });
    await showsPair(11);
    expect(decisions()).toEqual([
      { leftId: 9, decision: 'match' },
      { leftId: 11, decision: 'not_match' },
      { leftId: 11, decision: 'skip' },
    ]);
    expect(fake.callsOf('match.undoDecision')).toHaveLength(0);
  });

  it('says a missing record plainly, not as a missing vault', async () => {
    fake.handle('match.pair', () => {
      throw new Refusal('NOT_FOUND', 'One of the two records does not exist.');
    });
    await renderQueue();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The records of this pair could not be read. One of the two records does not exist.',
    );
  });

  it('shows an empty queue plainly', async () => {
    serveQueue([]);
    render(<ReviewQueue onDecided={() => undefined} onOpenPerson={() => undefined} />);
    await screen.findByText('Queue empty: no pair is waiting for review.');
  });

  it('opens the person of either record', async () => {
    await renderQueue();
    await showsPair(1);
    fireEvent.click(screen.getByRole('button', { name: 'Open person of the right record' }));
    expect(opened).toEqual([2]);
  });
});

describe('pair comparison', () => {
  it('highlights differing fields, not case or spacing, and explains every weight', async () => {
    const card = await renderQueue();
    await showsPair(1);
    const row = (field: string): HTMLElement =>
      card.querySelector(`tr[data-field="${field}"]`) as HTMLElement;
    expect(row('given_names').className).toContain('is-different');
    expect(within(row('given_names')).getByRole('rowheader').textContent).toBe('Given names, differs');
    // "EL-HASSAN" and "El-Hassan" read the same to a person.
    expect(row('surname').className).toContain('is-same');
    expect(row('passport_no').className).toContain('is-one_missing');
    expect(row('city').className).toContain('is-different');
    // The explanation: level, signed weight, and the common-name adjustment.
    expect(within(row('date_of_birth')).getByText('day/month swapped')).toBeTruthy();
    expect(within(row('date_of_birth')).getByText('+2.5')).toBeTruthy();
    expect(within(row('city')).getByText('−1.4')).toBeTruthy();
    expect(row('city').querySelector('.weight-against')).not.toBeNull();
    expect(within(row('given_names')).getByText(/adjusted for how common/)).toBeTruthy();
    expect(within(card).getByText('Match weight +6.5')).toBeTruthy();
    // Record provenance from the full records.
    expect(within(card).getByText('Employer roster: Acme · row 40 · import #1')).toBeTruthy();
  });

  it('compares values as a person would', () => {
    expect(valueDifference('EL-HASSAN', ' el-hassan ')).toBe('same');
    expect(valueDifference('Maria  Santos', 'maria santos')).toBe('same');
    expect(valueDifference('Maria Santos', 'Mária Santos')).toBe('different');
    expect(valueDifference('x', null)).toBe('one_missing');
    expect(valueDifference('', '  ')).toBe('both_missing');
  });
});

describe('review key map', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
  ) =>
    reviewCommand({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      target: null,
      ...mods,
    });

  it('maps the letters, undo chords and arrows', () => {
    expect(key('m')).toEqual({ kind: 'decide', decision: 'match' });
    expect(key('M')).toEqual({ kind: 'decide', decision: 'match' });
    expect(key('n')).toEqual({ kind: 'decide', decision: 'not_match' });
    expect(key('s')).toEqual({ kind: 'decide', decision: 'skip' });
    expect(key('u')).toEqual({ kind: 'undo' });
    expect(key('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key('z', { metaKey: true })).toEqual({ kind: 'undo' });
    expect(key('ArrowUp')).toEqual({ kind: 'move', by: -1 });
    expect(key('ArrowRight')).toEqual({ kind: 'move', by: 1 });
  });

  it('leaves section shortcuts, browser chords and text fields alone', () => {
    expect(key('3', { altKey: true })).toBeNull();
    expect(key('m', { altKey: true })).toBeNull();
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('z')).toBeNull();
    const input = document.createElement('input');
    expect(
      reviewCommand({
        key: 'm',
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        target: input,
      }),
    ).toBeNull();
    const slider = document.createElement('input');
    slider.type = 'range';
    expect(
      reviewCommand({
        key: 'ArrowLeft',
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        target: slider,
      }),
    ).toBeNull();
  });
});
