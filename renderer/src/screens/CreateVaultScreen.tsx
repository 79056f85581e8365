import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { VaultSummary } from '../../../shared/domain';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/limits';
import { call, newRequestId, useJobProgress } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { JobProgressView } from '../components/JobProgressView';
import { describeError } from '../errorMessages';
import { rememberedOperator, rememberOperator } from '../operatorMemory';
import { CapsLockWarning } from '../passphrase/CapsLockWarning';
import { PassphraseField } from '../passphrase/PassphraseField';
import { StrengthMeter } from '../passphrase/StrengthMeter';
import { estimateStrength } from '../passphrase/strength';
import { useCapsLock } from '../passphrase/useCapsLock';
import { AuthLayout } from './AuthLayout';
import { OperatorField } from './OperatorField';
import { validateOperatorName } from './operatorName';

interface CreateVaultScreenProps {
  onCreated(summary: VaultSummary, operator: string): void;
  onCancel(): void;
}

export function CreateVaultScreen({ onCreated, onCancel }: CreateVaultScreenProps): React.JSX.Element {
  const ids = useId();
  const [path, setPath] = useState<string | null>(null);
  const [operator, setOperator] = useState(rememberedOperator);
  // Held only while the form is filled in: cleared the moment it is submitted.
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [confirmationLeft, setConfirmationLeft] = useState(false);
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress(requestId);
  const { capsLockOn, keyHandlers } = useCapsLock();
  const passphraseRef = useRef<HTMLInputElement>(null);

  // After a failed attempt the fields are enabled and empty again: put the cursor back.
  const [failedAttempts, setFailedAttempts] = useState(0);
  useEffect(() => {
    if (failedAttempts > 0) passphraseRef.current?.focus();
  }, [failedAttempts]);

  const strength = useMemo(() => estimateStrength(passphrase), [passphrase]);
  const operatorProblem = validateOperatorName(operator);
  const tooShort = passphrase.length > 0 && passphrase.length < PASSPHRASE_MIN_LENGTH;
  const tooLong = passphrase.length > PASSPHRASE_MAX_LENGTH;
  // Mismatch is reported once the confirmation is as long as the passphrase or left, not at the first key.
  const mismatch =
    confirmation.length > 0 &&
    confirmation !== passphrase &&
    (confirmationLeft || confirmation.length >= passphrase.length || !passphrase.startsWith(confirmation));
  const valid =
    path !== null &&
    operatorProblem === null &&
    passphrase.length >= PASSPHRASE_MIN_LENGTH &&
    !tooLong &&
    confirmation === passphrase;

  async function chooseLocation(): Promise<void> {
    setError(null);
    try {
      const chosen = await call('shell.chooseNewVaultPath', {});
      if (chosen !== null) setPath(chosen);
    } catch (err) {
      setError(describeError(err));
    }
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!valid || busy) return;
    const secret = passphrase;
    const name = operator.trim();
    setPassphrase('');
    setConfirmation('');
    setConfirmationLeft(false);
    setError(null);
    setBusy(true);
    const id = newRequestId();
    setRequestId(id);
    try {
      const summary = await call(
        'vault.create',
        { path, passphrase: secret, operator: name },
        { requestId: id },
      );
      rememberOperator(name);
      onCreated(summary, name);
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
      setRequestId(null);
      setFailedAttempts((n) => n + 1);
    }
  }

  const pathId = `${ids}-path`;
  const nameId = `${ids}-name`;
  const passId = `${ids}-pass`;
  const confirmId = `${ids}-confirm`;
  const lengthId = `${ids}-length`;
  const strengthHintId = `${ids}-strength`;
  const mismatchId = `${ids}-mismatch`;

  return (
    <AuthLayout
      title="Create a new vault"
      subtitle="The vault is one encrypted file. Without its passphrase nobody can open it — not even you: there is no recovery."
    >
      <form className="form" onSubmit={(e) => void submit(e)} aria-busy={busy} noValidate>
        <div className="field">
          <span className="field-label" id={`${pathId}-label`}>
            Location
          </span>
          <div className="path-picker">
            <output className="path-value" id={pathId} aria-labelledby={`${pathId}-label`} dir="auto">
              {path ?? 'No location chosen yet.'}
            </output>
            <button type="button" className="button" onClick={() => void chooseLocation()} disabled={busy}>
              Choose location…
            </button>
          </div>
        </div>

        <OperatorField
          id={nameId}
          value={operator}
          onChange={setOperator}
          disabled={busy}
          hint="Every action in the vault is recorded under this name."
        />

        <PassphraseField
          ref={passphraseRef}
          id={passId}
          label="Passphrase"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          {...keyHandlers}
          disabled={busy}
          aria-invalid={tooShort || tooLong}
          aria-describedby={`${lengthId} ${strengthHintId}`}
        >
          <p id={lengthId} className={tooShort || tooLong ? 'field-error' : 'field-hint'}>
            {tooLong
              ? `Use at most ${PASSPHRASE_MAX_LENGTH} characters.`
              : tooShort
                ? `Use at least ${PASSPHRASE_MIN_LENGTH} characters (${PASSPHRASE_MIN_LENGTH - passphrase.length} more).`
                : `At least ${PASSPHRASE_MIN_LENGTH} characters. Several unrelated words are easy to type and hard to guess.`}
          </p>
          <StrengthMeter estimate={strength} empty={passphrase.length === 0} hintId={strengthHintId} />
        </PassphraseField>

        <PassphraseField
          id={confirmId}
          label="Confirm passphrase"
          autoComplete="new-password"
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          onBlur={() => setConfirmationLeft(true)}
          {...keyHandlers}
          disabled={busy}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? mismatchId : undefined}
        >
          {mismatch ? (
            <p id={mismatchId} className="field-error">
              The passphrases do not match.
            </p>
          ) : null}
        </PassphraseField>
        <CapsLockWarning on={capsLockOn} />

        <ErrorAlert message={error} />
        {busy ? <JobProgressView label="Creating the vault…" progress={progress} /> : null}

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!valid || busy}>
            Create vault
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
            Back
          </button>
        </div>
        {!valid && !busy && !mismatch ? (
          <p className="field-hint">{missingStep(path, operatorProblem, passphrase, confirmation)}</p>
        ) : null}
      </form>
    </AuthLayout>
  );
}

/** Says why "Create vault" is still disabled: a disabled button alone explains nothing. */
function missingStep(
  path: string | null,
  operatorProblem: string | null,
  passphrase: string,
  confirmation: string,
): string {
  if (path === null) return 'Choose where to save the vault.';
  if (operatorProblem !== null) return operatorProblem;
  if (passphrase.length < PASSPHRASE_MIN_LENGTH)
    return `Choose a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters.`;
  if (confirmation !== passphrase) return 'Type the passphrase again to confirm it.';
  return '';
}
