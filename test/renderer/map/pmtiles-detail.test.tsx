// Opening a user's PMTiles file: the real pmtiles reader on synthetic archives, with maplibre
// replaced by a recorder (the e2e test draws one in Chromium).
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetailFileControl } from '../../../renderer/src/map/DetailFileControl';
import { openDetailFile, DetailFileError } from '../../../renderer/src/map/pmtilesDetail';
import { FakeMap, protocols, resetFakeMaps } from './fakeMaplibre';
import { pmtilesArchive, solidPng } from './pmtilesArchive';

vi.mock('maplibre-gl', async () => (await import('./fakeMaplibre')).maplibreModule);

function file(bytes: Uint8Array, name: string): File {
  return new File([new Uint8Array(bytes)], name);
}

const RASTER = pmtilesArchive({
  tileType: 2,
  tile: solidPng([200, 0, 120, 90]),
  bounds: [35, 33, 36.5, 34.7],
});
const VECTOR = pmtilesArchive({
  tileType: 1,
  tile: new Uint8Array([0]),
  metadata: { vector_layers: [{ id: 'roads' }, { id: 'buildings' }] },
});

beforeEach(resetFakeMaps);
afterEach(cleanup);

describe('openDetailFile', () => {
  it('reads a raster archive as one raster layer through the pmtiles protocol', async () => {
    const overlay = await openDetailFile(file(RASTER, 'beirut.pmtiles'));
    expect(overlay.source).toEqual({ type: 'raster', url: 'pmtiles://beirut.pmtiles', tileSize: 256 });
    expect(overlay.layers.map((l) => l.id)).toEqual(['detail-raster']);
    expect(overlay.bounds).toEqual([35, 33, 36.5, 34.7]);
    expect(protocols).toContain('pmtiles');
  });

  it('styles each vector layer by geometry type', async () => {
    const overlay = await openDetailFile(file(VECTOR, 'city.pmtiles'));
    expect(overlay.source).toEqual({ type: 'vector', url: 'pmtiles://city.pmtiles' });
    expect(overlay.layers.map((l) => l.id)).toEqual([
      'detail-roads-fill',
      'detail-roads-line',
      'detail-roads-point',
      'detail-buildings-fill',
      'detail-buildings-line',
      'detail-buildings-point',
    ]);
  });

  it('refuses a file that is not an archive, or a vector archive without layers', async () => {
    await expect(
      openDetailFile(file(new TextEncoder().encode('not a map'.repeat(20)), 'notes.pmtiles')),
    ).rejects.toThrow(DetailFileError);
    const bare = pmtilesArchive({ tileType: 1, tile: new Uint8Array([0]) });
    await expect(openDetailFile(file(bare, 'bare.pmtiles'))).rejects.toThrow(/no vector layers/);
  });
});

describe('the street detail control', () => {
  it('adds the archive below the borders, frames it, and removes it again', async () => {
    const map = new FakeMap({});
    map.addLayer({ id: 'basemap-coast' });
    render(<DetailFileControl map={map as never} />);
    const input = screen.getByLabelText('Street detail (.pmtiles)…');
    await act(async () => {
      fireEvent.change(input, { target: { files: [file(RASTER, 'beirut.pmtiles')] } });
    });
    await screen.findByText('beirut.pmtiles');
    expect(map.sources.has('detail')).toBe(true);
    expect(map.layers).toContainEqual({ id: 'detail-raster', before: 'basemap-coast' });
    expect(map.fitted).toEqual([
      [
        [35, 33],
        [36.5, 34.7],
      ],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(map.sources.has('detail')).toBe(false);
    expect(map.layers.map((l) => l.id)).toEqual(['basemap-coast']);
  });

  it('says plainly when the file is not a map archive', async () => {
    const map = new FakeMap({});
    render(<DetailFileControl map={map as never} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Street detail (.pmtiles)…'), {
        target: { files: [file(new TextEncoder().encode('x'.repeat(200)), 'photo.pmtiles')] },
      });
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file is not a PMTiles map archive. Choose a .pmtiles file.',
      ),
    );
    expect(map.sources.size).toBe(0);
  });
});
