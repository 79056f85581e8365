import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu';

vi.mock('electron', () => ({}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isDev: boolean, platform: NodeJS.Platform = 'linux') {
  const actions = { lockVault: vi.fn(), showAbout: vi.fn() };
  return { template: buildMenuTemplate({ isDev, platform, actions }), actions };
}

describe('application menu', () => {
  it('has File, Edit, View and Help menus', () => {
    expect(build(false).template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('locks the vault from File > Lock vault', () => {
    const { template, actions } = build(false);
    const lock = flatten(template).find((item) => item.label === 'Lock vault');
    (lock!.click as () => void)();
    expect(actions.lockVault).toHaveBeenCalledTimes(1);
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Lock vault',
      'separator',
      'quit',
    ]);
  });

  it('offers reload and DevTools in development only', () => {
    const roles = (isDev: boolean) => flatten(build(isDev).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('shows About from Help', () => {
    const { template, actions } = build(false);
    const help = template.at(-1)!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
  });

  it('adds the application menu macOS expects', () => {
    expect(build(false, 'darwin').template[0]!.label).toBe('Muster');
  });
});
