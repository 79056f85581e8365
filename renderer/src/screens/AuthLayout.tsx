import type { ReactNode } from 'react';

interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  /** The welcome screen's title is the product name itself, so it leaves the brand line out. */
  brand?: boolean;
  children: ReactNode;
}

/** The frame of the screens shown while no vault is open: a single centred panel. */
export function AuthLayout({ title, subtitle, brand = true, children }: AuthLayoutProps): React.JSX.Element {
  return (
    <div className="auth">
      <main className="auth-panel">
        {brand ? (
          <p className="auth-brand">
            <span className="brand-mark" aria-hidden="true" />
            Muster
          </p>
        ) : null}
        <h1 className="auth-title">{title}</h1>
        {subtitle ? <p className="auth-subtitle">{subtitle}</p> : null}
        {children}
      </main>
    </div>
  );
}
