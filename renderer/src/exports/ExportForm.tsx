// The export form: what, about whom, for which partner, how sealed; then the save dialog, progress
// with a way out, and the result.
import { useState } from 'react';
import type { CrisisArea } from '../../../shared/areas';
import type { AddressBookEntry, PartnerProfile, Seal, Selection } from '../../../shared/exports';
import { ErrorAlert } from '../components/ErrorAlert';
import { JobProgressView } from '../components/JobProgressView';
import { ExportResultView } from './ExportResultView';
import type { FoundPeople } from '../people/searchSummary';
import { ExportWhatFields, type ExportWhat } from './ExportWhatFields';
import { fileExtension, KIND_LABELS, suggestedFileName } from './exportChoices';
import { ProfilePicker } from './ProfilePicker';
import { SealChooser } from './SealChooser';
import { emptyDraft, sealFromDraft, type SealDraft } from './sealDraft';
import { useExportRun, type ExportRequest } from './useExportRun';

/** The field a contact layout exists for: a profile that keeps it back cannot make that list. */
const ESSENTIAL = { sms: 'phone', rapidpro: 'phone', email: 'email', vcard: 'phone' } as const;

interface ExportFormProps {
  areas: CrisisArea[];
  profiles: PartnerProfile[];
  recipients: AddressBookEntry[];
  /** People a search found, offered (and chosen) beside the crisis areas. */
  search?: FoundPeople | null;
}

function selectionOf(who: ExportWhat['areaId'], search: FoundPeople | null): Selection | null {
  if (who === 'search') return search ? { search: search.search } : null;
  return who === null ? null : { areaId: who };
}

function request(
  what: ExportWhat,
  profile: string | undefined,
  seal: Seal,
  search: FoundPeople | null,
): ExportRequest | null {
  const named = profile === undefined ? {} : { profile };
  if (what.kind === 'aggregate') {
    return {
      kind: 'aggregate',
      params: {
        format: what.format,
        k: what.k,
        seal,
        ...named,
        ...(typeof what.areaId === 'number' ? { areaIds: [what.areaId] } : {}),
      },
    };
  }
  const selection = selectionOf(what.areaId, search);
  if (!selection) return null;
  return what.kind === 'manifest'
    ? { kind: 'manifest', params: { selection, format: what.format, seal, ...named } }
    : { kind: 'contacts', params: { selection, layout: what.layout, seal, ...named } };
}

export function ExportForm({
  areas,
  profiles,
  recipients,
  search = null,
}: ExportFormProps): React.JSX.Element {
  const [what, setWhat] = useState<ExportWhat>({
    kind: 'manifest',
    areaId: search ? 'search' : (areas[0]?.id ?? null),
    format: 'csv',
    layout: 'sms',
    k: 5,
  });
  const [profileByKind, setProfileByKind] = useState<Partial<Record<string, string>>>({});
  const [draft, setDraft] = useState<SealDraft>(emptyDraft('passphrase'));
  const [attempted, setAttempted] = useState(false);
  const exporting = useExportRun();

  const ofKind = profiles.filter((p) => p.kind === what.kind);
  const profile =
    ofKind.find((p) => p.name === profileByKind[what.kind]) ??
    ofKind.find((p) => p.isDefault) ??
    ofKind[0] ??
    null;
  const outcome = sealFromDraft(draft);
  // A mismatch is worth saying as soon as the second field is as long as the first.
  const liveMismatch =
    draft.mode === 'passphrase' &&
    draft.confirm.length >= draft.passphrase.length &&
    draft.confirm.length > 0 &&
    draft.confirm !== draft.passphrase;
  const sealProblem = attempted || liveMismatch ? outcome.problem : null;
  const missingField =
    what.kind === 'contacts' && profile && !profile.fields.includes(ESSENTIAL[what.layout])
      ? `The profile ${profile.name} does not let ${ESSENTIAL[what.layout] === 'email' ? 'e-mail addresses' : 'phone numbers'} out: choose another profile or layout.`
      : null;
  const area = areas.find((a) => a.id === what.areaId) ?? null;

  const run = exporting.run;
  if (run.state === 'done') {
    return (
      <ExportResultView
        result={run.result}
        onAgain={() => {
          exporting.reset();
          setDraft(emptyDraft(draft.mode));
          setAttempted(false);
        }}
      />
    );
  }
  if (run.state === 'running') {
    return (
      <div className="run-panel export-running">
        <JobProgressView
          label={run.cancelling ? 'Cancelling…' : `Writing the ${KIND_LABELS[what.kind].label.toLowerCase()}`}
          progress={exporting.progress}
        />
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={run.cancelling}
            onClick={() => void exporting.cancel()}
          >
            {run.cancelling ? 'Cancelling…' : 'Cancel export'}
          </button>
        </div>
        <ErrorAlert message={exporting.error} />
      </div>
    );
  }

  function submit(): void {
    setAttempted(true);
    if (!outcome.seal || missingField) return;
    const next = request(what, profile?.name, outcome.seal, search);
    if (!next) return;
    const extension = fileExtension(what.kind, what.format, what.layout);
    void exporting.start(next, {
      suggestedName: suggestedFileName(
        what.kind,
        what.areaId === 'search' ? 'people search' : (area?.name ?? null),
        extension,
        new Date(),
      ),
      extension,
    });
  }

  const noArea = what.kind !== 'aggregate' && what.areaId === null;
  return (
    <form
      className="form export-form"
      aria-label="Export"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {run.state === 'cancelled' ? (
        <div className="alert alert-info" role="status">
          <p className="alert-title">Export cancelled. No file was written.</p>
        </div>
      ) : null}
      {areas.length === 0 && !search ? (
        <p className="muted">No crisis area yet: draw or import one on the Map to export its people.</p>
      ) : null}
      <div className="export-columns">
        <div className="export-column">
          <ExportWhatFields what={what} areas={areas} search={search} onChange={setWhat} />
          <SealChooser
            draft={draft}
            onChange={setDraft}
            recipients={recipients}
            personal={what.kind !== 'aggregate'}
            problem={sealProblem}
          />
        </div>
        <div className="export-column">
          <ProfilePicker
            profiles={ofKind}
            chosen={profile}
            onChoose={(name) => setProfileByKind((byKind) => ({ ...byKind, [what.kind]: name }))}
          />
        </div>
      </div>
      {missingField ? (
        <p className="field-error" role="alert">
          {missingField}
        </p>
      ) : null}
      <ErrorAlert message={exporting.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={noArea || run.state === 'choosing' || (draft.mode === 'plain' && !draft.confirmed)}
        >
          {run.state === 'choosing' ? 'Choosing where to save…' : 'Choose file and export…'}
        </button>
        {draft.mode !== 'plain' ? (
          <span className="field-hint">The file is saved with “.age” added: it opens with age.</span>
        ) : null}
      </div>
    </form>
  );
}
