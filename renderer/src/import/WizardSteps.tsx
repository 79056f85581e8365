export type WizardStepId = 'choose' | 'map' | 'run' | 'result';

const STEPS: { id: WizardStepId; label: string }[] = [
  { id: 'choose', label: 'File and source' },
  { id: 'map', label: 'Columns and preview' },
  { id: 'run', label: 'Import' },
  { id: 'result', label: 'Result' },
];

/** Where the officer is in the import: the four steps, the current one marked for assistive technology. */
export function WizardSteps({ current }: { current: WizardStepId }): React.JSX.Element {
  const at = STEPS.findIndex((s) => s.id === current);
  return (
    <ol className="wizard-steps" aria-label="Import steps">
      {STEPS.map((step, index) => (
        <li
          key={step.id}
          className={index < at ? 'is-done' : index === at ? 'is-current' : undefined}
          aria-current={index === at ? 'step' : undefined}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {index + 1}
          </span>
          {step.label}
        </li>
      ))}
    </ol>
  );
}
