// Schema 4: crisis areas (repaired geometry kept as GeoJSON text, with its bbox for cheap filtering)
// and assembly points. Who is inside an area is computed, never stored: people move, areas change.
import type { Migration } from './types';

export const crisisAreas: Migration = {
  version: 4,
  name: 'crisis areas',
  up(db) {
    db.run(`CREATE TABLE crisis_area (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN ('evacuate', 'shelter', 'watch')),
      at TEXT NOT NULL,
      source TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('file', 'drawn', 'buffer')),
      geometry_json TEXT NOT NULL,
      bbox_json TEXT NOT NULL,
      vertex_count INTEGER NOT NULL,
      repairs_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    db.run(`CREATE TABLE assembly_point (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      lon REAL NOT NULL,
      lat REAL NOT NULL,
      capacity INTEGER,
      created_at TEXT NOT NULL
    )`);
  },
};
