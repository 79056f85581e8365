export function CapsLockWarning({ on }: { on: boolean }): React.JSX.Element {
  // The live region stays in the page so the change is announced, not only shown.
  return (
    <p className="field-warning" role="status" aria-live="polite">
      {on ? 'Caps Lock is on.' : ''}
    </p>
  );
}
