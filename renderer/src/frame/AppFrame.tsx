import { useEffect, useRef, useState } from 'react';
import type { VaultSummary } from '../../../shared/domain';
import { call, isApiError } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { describeError } from '../errorMessages';
import type { FoundPeople } from '../people/searchSummary';
import { SectionView } from '../sections/SectionView';
import { sectionLabel, type SectionId } from '../sections/sections';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useActivityTouch } from './useActivityTouch';
import { useSectionShortcuts } from './useSectionShortcuts';

interface AppFrameProps {
  summary: VaultSummary;
  operator: string;
  /** The vault is locked: the frame is about to be unmounted with everything it holds. */
  onLocked(): void;
}

const TORN_JOURNAL_NOTICE = {
  title: 'The last change before an interruption was incomplete and was not applied.',
  detail: 'Everything Muster had confirmed as saved is in the vault.',
};

/** The workspace of an unlocked vault: sections on the left, the vault and operator on top. */
export function AppFrame({ summary: initialSummary, operator, onLocked }: AppFrameProps): React.JSX.Element {
  const [summary, setSummary] = useState(initialSummary);
  const [section, setSection] = useState<SectionId>('people');
  const [headingFocus, setHeadingFocus] = useState(0);
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<string | null>(null);
  const [exportSearch, setExportSearch] = useState<FoundPeople | null>(null);
  const [showTornNotice, setShowTornNotice] = useState(initialSummary.recoveredTornJournal === true);
  const mainRef = useRef<HTMLElement>(null);

  useActivityTouch();

  function navigate(id: SectionId, focusHeading: boolean): void {
    // A search handed to the export form is for that one visit, not every later look at Exports.
    setExportSearch(null);
    setSection(id);
    if (focusHeading) setHeadingFocus((n) => n + 1);
    // Counts and journal state may have moved since the last look.
    call('vault.info', {}).then(setSummary, () => undefined);
  }

  useSectionShortcuts((id) => navigate(id, true));

  useEffect(() => {
    if (headingFocus > 0) mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [headingFocus]);

  useEffect(() => {
    document.title = `${sectionLabel(section)} — Muster`;
  }, [section]);
  useEffect(
    () => () => {
      document.title = 'Muster';
    },
    [],
  );

  async function lock(): Promise<void> {
    setLocking(true);
    setLockError(null);
    try {
      await call('vault.lock', {});
      onLocked();
    } catch (err) {
      if (isApiError(err, 'LOCKED')) {
        onLocked();
        return;
      }
      setLockError(`The vault could not be locked. ${describeError(err)}`);
      setLocking(false);
    }
  }

  return (
    <div className="frame">
      <Sidebar active={section} onSelect={(id) => navigate(id, false)} />
      <TopBar path={summary.path} operator={operator} locking={locking} onLock={() => void lock()} />
      <main className="frame-main" ref={mainRef}>
        <div className="frame-banners">
          <ErrorAlert message={lockError} />
          {showTornNotice ? (
            <div className="banner-with-action">
              <Notice notice={TORN_JOURNAL_NOTICE} />
              <button type="button" className="button button-quiet" onClick={() => setShowTornNotice(false)}>
                Dismiss
              </button>
            </div>
          ) : null}
        </div>
        <SectionView
          section={section}
          summary={summary}
          onNavigate={(id) => navigate(id, true)}
          exportSearch={exportSearch}
          onExportSearch={(found) => {
            navigate('exports', true);
            setExportSearch(found);
          }}
          onVaultChanged={() => call('vault.info', {}).then(setSummary, () => undefined)}
        />
      </main>
      <StatusBar summary={summary} />
    </div>
  );
}
