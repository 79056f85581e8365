// Remembers the last operator's own name between runs, so the unlock form is quicker to fill.
// Only this name is stored: nothing about the people in the vault ever goes to localStorage.
const KEY = 'muster.lastOperator';
const MAX_LENGTH = 120;

export function rememberedOperator(): string {
  try {
    const value = window.localStorage.getItem(KEY);
    return value !== null && value.length <= MAX_LENGTH ? value : '';
  } catch {
    // Storage can be disabled; the form then simply starts empty.
    return '';
  }
}

export function rememberOperator(name: string): void {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return;
  try {
    window.localStorage.setItem(KEY, trimmed);
  } catch {
    // Not remembering the name is harmless.
  }
}
