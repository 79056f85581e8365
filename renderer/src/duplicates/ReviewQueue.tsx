// The review queue: one pair at a time, decided with a key (M, N, S), undone with U or Ctrl+Z,
// walked with the arrows. Buttons do the same for the mouse and say their key.
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { MatchDecision } from '../../../shared/match';
import { ErrorAlert } from '../components/ErrorAlert';
import { decisionLabel } from './format';
import { PairComparison } from './PairComparison';
import { reviewCommand } from './reviewKeys';
import { pairKey, useReviewQueue, type ReviewOrder, type ReviewStatus } from './useReviewQueue';

interface ReviewQueueProps {
  /** A decision changed the persons: counts elsewhere should be read again. */
  onDecided(): void;
  onOpenPerson(recordId: number): void;
}

const ORDERS: { value: ReviewOrder; label: string }[] = [
  { value: 'uncertain', label: 'Closest calls first' },
  { value: 'weight_desc', label: 'Strongest first' },
  { value: 'weight_asc', label: 'Weakest first' },
];

const STATUSES: { value: ReviewStatus; label: string }[] = [
  { value: 'pending', label: 'Waiting for a decision' },
  { value: 'skipped', label: 'Skipped' },
  { value: 'decided', label: 'Decided' },
];

const DECISION_BUTTONS: { decision: MatchDecision; key: string; label: string; className: string }[] = [
  { decision: 'match', key: 'M', label: 'Match', className: 'button button-primary' },
  { decision: 'not_match', key: 'N', label: 'Not a match', className: 'button' },
  { decision: 'skip', key: 'S', label: 'Skip', className: 'button button-quiet' },
];

function emptyTitle(status: ReviewStatus, nothingLoaded: boolean): string {
  if (status === 'skipped') return nothingLoaded ? 'No skipped pairs.' : 'End of the skipped pairs.';
  if (status === 'decided') return nothingLoaded ? 'No decided pairs yet.' : 'End of the decided pairs.';
  return nothingLoaded
    ? 'Queue empty: no pair is waiting for review.'
    : 'Queue empty: every pair is decided.';
}

export function ReviewQueue({ onDecided, onOpenPerson }: ReviewQueueProps): React.JSX.Element {
  const [order, setOrder] = useState<ReviewOrder>('uncertain');
  const [status, setStatus] = useState<ReviewStatus>('pending');
  const queue = useReviewQueue(status, order, onDecided);
  const orderId = useId();
  const statusId = useId();
  const card = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const region = useRef<HTMLElement>(null);
  const currentKey = queue.current ? pairKey(queue.current) : null;

  // Set when the officer acts on the queue: the pair that comes next then takes focus.
  const acted = useRef(false);

  // A new pair takes focus, so a screen reader reads it and the arrows stay with the queue; but
  // a pair arriving on its own does not pull focus away from elsewhere (the heading after a jump).
  useEffect(() => {
    if (currentKey === null) return;
    const active = document.activeElement;
    if (acted.current || active === null || active === document.body || region.current?.contains(active))
      card.current?.focus();
    acted.current = false;
  }, [currentKey]);

  function decide(decision: MatchDecision): void {
    if (queue.current === null || queue.busy) return;
    setAnnouncement(`${decisionLabel(decision)} saved.`);
    queue.decide(decision);
  }

  function onKey(e: KeyboardEvent): void {
    const command = reviewCommand(e);
    if (command === null) return;
    e.preventDefault();
    acted.current = true;
    if (command.kind === 'decide') decide(command.decision);
    else if (command.kind === 'undo') {
      if (queue.canUndo && !queue.busy) {
        setAnnouncement('Last decision undone.');
        queue.undo();
      }
    } else queue.move(command.by);
  }

  // The keys work anywhere in the Duplicates section (from its heading too), not only with focus
  // on the pair; keys other widgets handled (tabs, menus) and open dialogs are left alone.
  const onWindowKey = useEffectEvent((e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    const target = e.target instanceof Element ? e.target : null;
    const scope = region.current?.closest('.section') ?? region.current;
    if (target !== null && target !== document.body && !scope?.contains(target)) return;
    if (target?.closest('[role="dialog"], [role="alertdialog"]')) return;
    onKey(e);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent): void => onWindowKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const pairs = queue.pairs;
  const decided = queue.decidedNow;
  const position =
    pairs !== null && queue.current !== null
      ? `Pair ${(queue.index + 1).toLocaleString()} of ${Math.max(queue.pendingAtLoad, pairs.length).toLocaleString()}`
      : null;

  return (
    <section className="review" aria-labelledby="review-title" ref={region}>
      <div className="review-head">
        <h2 className="subsection-title" id="review-title">
          Review queue
        </h2>
        <div className="field-inline">
          <label htmlFor={statusId}>Show</label>
          <select
            id={statusId}
            className="select"
            value={status}
            onChange={(e) => setStatus(e.target.value as ReviewStatus)}
          >
            {STATUSES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={orderId}>Order</label>
          <select
            id={orderId}
            className="select"
            value={order}
            onChange={(e) => setOrder(e.target.value as ReviewOrder)}
          >
            {ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {position ? (
          <p className="review-position cell-numbers" aria-live="polite">
            {position} · {decided.toLocaleString()} decided now
          </p>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ErrorAlert message={queue.error} />
      {pairs === null && queue.error === null ? <p className="muted">Reading the queue…</p> : null}
      {pairs !== null && queue.current === null ? (
        <div className="empty-state">
          <p className="empty-state-title">{emptyTitle(status, pairs.length === 0)}</p>
          <p className="muted">
            {decided > 0
              ? `${decided.toLocaleString()} decided in this sitting. Later runs respect every decision.`
              : 'Pairs scoring between the review and auto-link thresholds wait here. To see more, widen the review band under Score bands.'}
          </p>
          {queue.canUndo ? (
            <p>
              <button type="button" className="button" onClick={() => queue.undo()} disabled={queue.busy}>
                Undo last decision (U)
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {queue.current !== null ? (
        <div
          className="review-card"
          ref={card}
          tabIndex={-1}
          role="group"
          aria-label={`Pair under review${position ? `, ${position.toLowerCase()}` : ''}`}
          aria-describedby="review-keys"
          aria-busy={queue.busy}
        >
          <div className="review-actions">
            {DECISION_BUTTONS.map((b) => (
              <button
                key={b.decision}
                type="button"
                className={b.className}
                aria-keyshortcuts={b.key}
                disabled={queue.busy}
                onClick={() => decide(b.decision)}
              >
                {b.label} <kbd>{b.key}</kbd>
              </button>
            ))}
            <span className="review-actions-gap" />
            <button
              type="button"
              className="button button-quiet"
              aria-keyshortcuts="U Control+Z"
              disabled={!queue.canUndo || queue.busy}
              onClick={() => queue.undo()}
            >
              Undo <kbd>U</kbd>
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label="Previous pair"
              aria-keyshortcuts="ArrowLeft"
              disabled={queue.index === 0}
              onClick={() => queue.move(-1)}
            >
              ←
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label="Next pair"
              aria-keyshortcuts="ArrowRight"
              disabled={pairs === null || queue.index >= pairs.length - 1}
              onClick={() => queue.move(1)}
            >
              →
            </button>
          </div>
          <p className="muted review-keys" id="review-keys">
            Keys: M match · N not a match · S skip · U or Ctrl+Z undo · arrows move between pairs.
          </p>
          <PairComparison pair={queue.current} detail={queue.detail} onOpenPerson={onOpenPerson} />
        </div>
      ) : null}
    </section>
  );
}
