import { useEffect, useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { describeError } from '../errorMessages';
import { fileNameOf, folderOf } from '../paths';
import { AuthLayout } from './AuthLayout';

interface WelcomeScreenProps {
  onCreate(): void;
  onOpen(path: string): void;
}

interface AppFacts {
  version: string;
  recentVaults: string[];
}

export function WelcomeScreen({ onCreate, onOpen }: WelcomeScreenProps): React.JSX.Element {
  const [facts, setFacts] = useState<AppFacts | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('shell.appInfo', {}).then(
      (info) => {
        if (current) setFacts({ version: info.version, recentVaults: info.recentVaults });
      },
      (err: unknown) => {
        if (current) setError(describeError(err));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  async function openExisting(): Promise<void> {
    setError(null);
    try {
      const path = await call('shell.chooseExistingVaultPath', {});
      if (path !== null) onOpen(path);
    } catch (err) {
      setError(describeError(err));
    }
  }

  return (
    <AuthLayout
      brand={false}
      title="Muster"
      subtitle="Find, account for and evacuate your nationals after a crisis — offline, in one encrypted vault."
    >
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onCreate}>
          Create a new vault
        </button>
        <button type="button" className="button" onClick={() => void openExisting()}>
          Open a vault
        </button>
      </div>
      <ErrorAlert message={error} />

      <section className="recent" aria-labelledby="recent-title">
        <h2 id="recent-title" className="section-label">
          Recent vaults
        </h2>
        {facts === null ? null : facts.recentVaults.length === 0 ? (
          <p className="muted">No vault opened on this computer yet.</p>
        ) : (
          <ul className="recent-list">
            {facts.recentVaults.map((path) => (
              <li key={path}>
                <button type="button" className="recent-item" onClick={() => onOpen(path)} title={path}>
                  <span className="recent-name" dir="auto">
                    {fileNameOf(path)}
                  </span>
                  <span className="recent-folder" dir="auto">
                    {folderOf(path)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {facts !== null ? <p className="auth-footer">Version {facts.version}</p> : null}
    </AuthLayout>
  );
}
