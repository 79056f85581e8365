// Plain limits with no runtime dependencies, so the renderer can use them without bundling
// zod; domain.ts re-exports them next to the schemas that enforce them.

/** Passphrases are bounded so a pasted novel cannot stall the KDF or the UI. */
export const PASSPHRASE_MAX_LENGTH = 1024;
/** Minimum for a new vault; unlocking accepts whatever was chosen back then. */
export const PASSPHRASE_MIN_LENGTH = 12;
