import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { VaultSummary } from '../../../shared/domain';
import { call, newRequestId, useJobProgress } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { JobProgressView } from '../components/JobProgressView';
import { Notice, type NoticeContent } from '../components/Notice';
import { describeError } from '../errorMessages';
import { rememberedOperator, rememberOperator } from '../operatorMemory';
import { fileNameOf } from '../paths';
import { CapsLockWarning } from '../passphrase/CapsLockWarning';
import { PassphraseField } from '../passphrase/PassphraseField';
import { useCapsLock } from '../passphrase/useCapsLock';
import { AuthLayout } from './AuthLayout';
import { OperatorField } from './OperatorField';
import { validateOperatorName } from './operatorName';

interface UnlockScreenProps {
  path: string;
  /** Why the officer is here again, e.g. the vault locked itself after inactivity. */
  notice: NoticeContent | null;
  onUnlocked(summary: VaultSummary, operator: string): void;
  onBack(): void;
}

export function UnlockScreen({
  path: initialPath,
  notice,
  onUnlocked,
  onBack,
}: UnlockScreenProps): React.JSX.Element {
  const ids = useId();
  const [path, setPath] = useState(initialPath);
  const [operator, setOperator] = useState(rememberedOperator);
  // The passphrase lives only in the input itself, never in React state: it is read once on
  // submit and the field is emptied straight away.
  const passphraseRef = useRef<HTMLInputElement>(null);
  const [hasPassphrase, setHasPassphrase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showNotice, setShowNotice] = useState(true);
  const progress = useJobProgress(requestId);
  const { capsLockOn, keyHandlers } = useCapsLock();

  // After a failed attempt the field is enabled and empty again: put the cursor back.
  const [failedAttempts, setFailedAttempts] = useState(0);
  useEffect(() => {
    if (failedAttempts > 0) passphraseRef.current?.focus();
  }, [failedAttempts]);

  const operatorProblem = validateOperatorName(operator);
  const canSubmit = operatorProblem === null && hasPassphrase && !busy;

  function takePassphrase(): string {
    const input = passphraseRef.current;
    const value = input?.value ?? '';
    if (input) input.value = '';
    setHasPassphrase(false);
    return value;
  }

  async function chooseAnother(): Promise<void> {
    setError(null);
    try {
      const chosen = await call('shell.chooseExistingVaultPath', {});
      if (chosen !== null) setPath(chosen);
    } catch (err) {
      setError(describeError(err));
    }
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!canSubmit) return;
    const passphrase = takePassphrase();
    const name = operator.trim();
    setError(null);
    setShowNotice(false);
    setBusy(true);
    const id = newRequestId();
    setRequestId(id);
    try {
      const summary = await call('vault.unlock', { path, passphrase, operator: name }, { requestId: id });
      rememberOperator(name);
      onUnlocked(summary, name);
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
      setRequestId(null);
      setFailedAttempts((n) => n + 1);
    }
  }

  const nameId = `${ids}-name`;
  const passId = `${ids}-pass`;
  const errorId = `${ids}-error`;

  return (
    <AuthLayout title="Unlock vault">
      <Notice notice={showNotice ? notice : null} />
      <form className="form" onSubmit={(e) => void submit(e)} aria-busy={busy} noValidate>
        <div className="field">
          <span className="field-label" id={`${ids}-path-label`}>
            Vault
          </span>
          <div className="path-picker">
            <output className="path-value" aria-labelledby={`${ids}-path-label`} title={path} dir="auto">
              <span className="path-name">{fileNameOf(path)}</span>
              <span className="path-full">{path}</span>
            </output>
            <button type="button" className="button" onClick={() => void chooseAnother()} disabled={busy}>
              Choose another…
            </button>
          </div>
        </div>

        <OperatorField id={nameId} value={operator} onChange={setOperator} disabled={busy} />

        <PassphraseField
          ref={passphraseRef}
          id={passId}
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
          onInput={(e) => setHasPassphrase(e.currentTarget.value.length > 0)}
          {...keyHandlers}
          disabled={busy}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
        />
        <CapsLockWarning on={capsLockOn} />

        <ErrorAlert message={error} id={errorId} />
        {busy ? <JobProgressView label="Unlocking the vault…" progress={progress} /> : null}

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!canSubmit}>
            Unlock
          </button>
          <button type="button" className="button button-quiet" onClick={onBack} disabled={busy}>
            Back
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
