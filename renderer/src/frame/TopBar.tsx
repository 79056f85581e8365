import { fileNameOf } from '../paths';
import { IdleLockSettings } from './IdleLockSettings';

interface TopBarProps {
  path: string;
  operator: string;
  locking: boolean;
  onLock(): void;
}

export function TopBar({ path, operator, locking, onLock }: TopBarProps): React.JSX.Element {
  return (
    <header className="topbar">
      <div className="topbar-vault" title={path}>
        <span className="topbar-caption">Vault</span>
        <span className="topbar-file" dir="auto">
          {fileNameOf(path)}
        </span>
      </div>
      <p className="topbar-operator">
        Operator: <bdi>{operator}</bdi>
      </p>
      <div className="topbar-actions">
        <IdleLockSettings />
        <button type="button" className="button button-lock" onClick={onLock} disabled={locking}>
          {locking ? 'Locking…' : 'Lock'}
        </button>
      </div>
    </header>
  );
}
