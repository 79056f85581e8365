import { useEffect, useState } from 'react';
import { call } from '../api';

/**
 * The vault's host country, the default phone country of files that write numbers without a
 * country code. undefined while it is being read; null when the vault has none (or it could not
 * be read: the wizard then works as if none were set).
 */
export function useHostCountry(): string | null | undefined {
  const [hostCountry, setHostCountry] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    call('settings.get', {}).then(
      (settings) => {
        if (current) setHostCountry(settings.hostCountry);
      },
      () => {
        if (current) setHostCountry(null);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return hostCountry;
}
