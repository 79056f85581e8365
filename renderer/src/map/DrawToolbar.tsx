// The drawing tools over the map. Escape (handled by the workspace) leaves any tool.
import type { DrawTool } from './useTerraDraw';

const TOOLS: { tool: Exclude<DrawTool, null>; label: string; hint: string }[] = [
  { tool: 'polygon', label: 'Polygon', hint: 'Click each corner; click the first corner again to close.' },
  { tool: 'rectangle', label: 'Rectangle', hint: 'Click one corner, then the opposite corner.' },
  { tool: 'circle', label: 'Circle', hint: 'Click the centre, then click at the wanted radius.' },
  { tool: 'select', label: 'Edit', hint: 'Click a drawn shape, then drag its corners or its middle points.' },
];

interface DrawToolbarProps {
  tool: DrawTool;
  onTool(tool: DrawTool): void;
  disabled?: boolean;
}

export function toolHint(tool: DrawTool): string | null {
  return TOOLS.find((t) => t.tool === tool)?.hint ?? null;
}

export function DrawToolbar({ tool, onTool, disabled }: DrawToolbarProps): React.JSX.Element {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Draw an area">
      {TOOLS.map((t) => (
        <button
          key={t.tool}
          type="button"
          className={tool === t.tool ? 'button button-small button-primary' : 'button button-small'}
          aria-pressed={tool === t.tool}
          disabled={disabled}
          title={t.hint}
          onClick={() => onTool(tool === t.tool ? null : t.tool)}
        >
          {t.label}
        </button>
      ))}
      {tool !== null ? (
        <button type="button" className="button button-small" onClick={() => onTool(null)} title="Escape">
          Cancel (Esc)
        </button>
      ) : null}
    </div>
  );
}
