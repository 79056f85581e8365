import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditSection } from '../../renderer/src/sections/AuditSection';
import type { FakeMuster } from './fakeMuster';
import { installFakeMuster, makeAuditEntry, Refusal, resetRenderer } from './fakeMuster';

let fake: FakeMuster;
beforeEach(() => {
  fake = installFakeMuster();
});
afterEach(resetRenderer);

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('audit section', () => {
  it('renders every entry with time, operator, action, object and counts', async () => {
    fake.handle('audit.list', () => [
      makeAuditEntry({
        id: 3,
        at: '2025-03-02T08:15:00.000Z',
        operator: 'Bo Lindqvist',
        action: 'import.commit',
        object: 'roster-acme.xlsx',
        counts: { people: 120, skipped: 3 },
      }),
      makeAuditEntry({ id: 2, operator: 'محمد علي', action: 'vault.unlock' }),
      makeAuditEntry({ id: 1, action: 'vault.create' }),
    ]);
    render(<AuditSection />);
    expect(await screen.findByRole('table')).toBeTruthy();

    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Time', 'Operator', 'Action', 'Object', 'Counts']);

    const rows = bodyRows();
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(first.map((c) => c.textContent).slice(1)).toEqual([
      'Bo Lindqvist',
      'import.commit',
      'roster-acme.xlsx',
      'people: 120, skipped: 3',
    ]);
    expect(first[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2025-03-02T08:15:00.000Z');
    // Names typed by officers may be right-to-left: the cell decides its own direction.
    const arabic = within(rows[1] as HTMLElement).getByText('محمد علي');
    expect(arabic.getAttribute('dir')).toBe('auto');
    expect(fake.callsOf('audit.list')[0]?.params).toEqual({ limit: 100 });
  });

  it('says when there are no entries', async () => {
    render(<AuditSection />);
    expect(await screen.findByText('No audit entries yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages back through older entries', async () => {
    const page = (from: number): ReturnType<typeof makeAuditEntry>[] =>
      Array.from({ length: 100 }, (_, i) => makeAuditEntry({ id: from - i, action: `action.${from - i}` }));
    fake.handle('audit.list', ({ beforeId }) => (beforeId === undefined ? page(150) : page(50).slice(0, 50)));
    render(<AuditSection />);
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(100);

    fireEvent.click(screen.getByRole('button', { name: 'Show older entries' }));
    expect(await screen.findByText('action.1')).toBeTruthy();
    expect(bodyRows()).toHaveLength(150);
    expect(fake.callsOf('audit.list')[1]?.params).toEqual({ limit: 100, beforeId: 51 });
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it('shows a failure to read the trail as an alert', async () => {
    fake.handle('audit.list', () => {
      throw new Refusal('LOCKED');
    });
    render(<AuditSection />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The vault is locked. Unlock it to continue.',
    );
  });
});
