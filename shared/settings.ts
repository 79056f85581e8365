// Settings kept inside a vault (so they travel with it and are journalled like any change).
import { z } from 'zod';

/** ISO 3166-1 alpha-2, upper case once parsed ("lb" is accepted and becomes "LB"). */
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Enter a two-letter country code, such as LB.')
  .transform((c) => c.toUpperCase());

export const VaultSettings = z.object({
  /** The country the unit works in; null until an officer sets it. */
  hostCountry: z.string().nullable(),
});
export type VaultSettings = z.infer<typeof VaultSettings>;
