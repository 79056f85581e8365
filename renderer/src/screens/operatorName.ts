// Mirrors the contract's OperatorName rule without pulling zod into the renderer bundle;
// the engine checks again, so a drift would show as an error message, never as bad data.
export const OPERATOR_NAME_MAX = 120;

export function validateOperatorName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter your name: every action in the vault is recorded under it.';
  if (trimmed.length > OPERATOR_NAME_MAX)
    return `Your name is too long (${OPERATOR_NAME_MAX} characters at most).`;
  return null;
}
