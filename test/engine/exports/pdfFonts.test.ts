// The fonts of printed manifests: found in the packaged app's resources first, else in the installed
// packages; copied there by the packaging; unwrapped from WOFF to the font inside; and chosen per
// script, so a space or a joiner stays in the run of the letters around it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  faceFor,
  fontFiles,
  fontFolder,
  manifestFonts,
  NONE,
  woffToSfnt,
} from '../../../electron/engine/exports/pdfFonts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const installed = (pkg: string) => join(repo, 'node_modules', '@fontsource', pkg);

describe('finding the fonts', () => {
  it('prefers <resources>/fonts/<package> in the packaged app', () => {
    const resourcesPath = '/opt/Muster/resources';
    const at = { resourcesPath, exists: (p: string) => p.startsWith(resourcesPath), installed };
    expect(fontFolder('noto-sans', at)).toBe(join(resourcesPath, 'fonts', 'noto-sans'));
  });

  it('reads the installed package from the source tree, and says so when it is missing', () => {
    const at = { resourcesPath: '/opt/Muster/resources', exists: () => false, installed };
    expect(fontFolder('noto-naskh-arabic', at)).toBe(installed('noto-naskh-arabic'));
    expect(() => fontFolder('noto-sans', { ...at, installed: () => undefined })).toThrow(/reinstall Muster/);
  });

  it('is copied to <resources>/fonts by the packaging, every file the manifest reads', () => {
    const builder = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
    for (const { pkg, files } of fontFiles()) {
      const entry = new RegExp(
        `- from: node_modules/@fontsource/${pkg}\\n\\s+to: fonts/${pkg}\\n\\s+filter:\\n((?:\\s+- .*\\n)+)`,
      ).exec(builder);
      expect(entry, pkg).not.toBeNull();
      const globs = entry![1]!
        .split('\n')
        .map((l) => l.trim().replace(/^- /, ''))
        .filter(Boolean)
        .map((g) => new RegExp(`^${g.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
      for (const file of [...files, 'LICENSE'])
        expect(
          globs.some((g) => g.test(file)),
          file,
        ).toBe(true);
    }
  });
});

describe('the faces', () => {
  const fonts = manifestFonts();
  const face = (name: string) => fonts.faces.findIndex((f) => f.name === name);

  it('unwraps WOFF into the TrueType font it holds', () => {
    const font = fonts.faces[0]!.file;
    expect(font.readUInt32BE(0)).toBe(0x00010000); // TrueType, no longer "wOFF"
    expect(woffToSfnt(font)).toBe(font); // a plain font passes through
  });

  it('picks a face per script and keeps spaces and joiners in their run', () => {
    const arabic = face('noto-naskh-arabic-arabic');
    expect(faceFor(fonts, 'A'.codePointAt(0)!, NONE)).toBe(face('noto-sans-latin'));
    expect(faceFor(fonts, 'Ł'.codePointAt(0)!, NONE)).toBe(face('noto-sans-latin-ext'));
    expect(faceFor(fonts, 'Д'.codePointAt(0)!, NONE)).toBe(face('noto-sans-cyrillic'));
    expect(faceFor(fonts, 'ễ'.codePointAt(0)!, NONE)).toBe(face('noto-sans-vietnamese'));
    expect(faceFor(fonts, 'م'.codePointAt(0)!, NONE)).toBe(arabic);
    expect(faceFor(fonts, 0x20, arabic)).toBe(arabic);
    expect(faceFor(fonts, 0x200c, arabic)).toBe(arabic); // zero-width non-joiner
    expect(faceFor(fonts, 0x200c, face('noto-sans-latin'))).toBe(face('noto-sans-latin'));
    expect(faceFor(fonts, 0x4e00, NONE)).toBe(0); // no face for Han yet: drawn as a missing glyph
  });
});
