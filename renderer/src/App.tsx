import { useEffect, useState } from 'react';
import type { VaultSummary } from '../../shared/domain';
import { call, useMusterEvent } from './api';
import type { NoticeContent } from './components/Notice';
import { AppFrame } from './frame/AppFrame';
import { lockNotice } from './lockNotices';
import { rememberedOperator } from './operatorMemory';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

/**
 * Which screen is up. Vault data exists only inside the 'open' view: leaving it drops the
 * summary and unmounts the frame with everything its sections loaded.
 */
export type View =
  | { kind: 'starting' }
  | { kind: 'welcome' }
  | { kind: 'create' }
  | { kind: 'unlock'; path: string; notice: NoticeContent | null }
  | { kind: 'open'; summary: VaultSummary; operator: string };

export function App(): React.JSX.Element {
  const [view, setView] = useState<View>({ kind: 'starting' });

  // The window may be reloaded while the engine keeps the vault open: pick up where it is.
  useEffect(() => {
    let current = true;
    (async (): Promise<View> => {
      const session = await call('session.state', {});
      if (session.state !== 'unlocked') return { kind: 'welcome' };
      const summary = await call('vault.info', {});
      return {
        kind: 'open',
        summary,
        operator: session.operator ?? summary.operator ?? rememberedOperator(),
      };
    })().then(
      (next) => {
        if (current) setView((v) => (v.kind === 'starting' ? next : v));
      },
      () => {
        if (current) setView((v) => (v.kind === 'starting' ? { kind: 'welcome' } : v));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  useMusterEvent('vault.locked', ({ reason }) => {
    setView((v) =>
      v.kind === 'open' ? { kind: 'unlock', path: v.summary.path, notice: lockNotice(reason) } : v,
    );
  });

  const opened = (summary: VaultSummary, operator: string): void =>
    setView({ kind: 'open', summary, operator });

  switch (view.kind) {
    case 'starting':
      return <div className="starting" aria-busy="true" />;
    case 'welcome':
      return (
        <WelcomeScreen
          onCreate={() => setView({ kind: 'create' })}
          onOpen={(path) => setView({ kind: 'unlock', path, notice: null })}
        />
      );
    case 'create':
      return <CreateVaultScreen onCreated={opened} onCancel={() => setView({ kind: 'welcome' })} />;
    case 'unlock':
      return (
        <UnlockScreen
          key={view.path}
          path={view.path}
          notice={view.notice}
          onUnlocked={opened}
          onBack={() => setView({ kind: 'welcome' })}
        />
      );
    case 'open':
      return (
        <AppFrame
          summary={view.summary}
          operator={view.operator}
          onLocked={() =>
            setView((v) => (v.kind === 'open' ? { kind: 'unlock', path: v.summary.path, notice: null } : v))
          }
        />
      );
  }
}
