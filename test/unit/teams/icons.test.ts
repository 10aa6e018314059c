import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { BACKGROUND, COLOR_ICON, OUTLINE_ICON, rasterise } from '../../../scripts/draw-icons';
import { APP_PACKAGE_DIR } from '../../../scripts/package-teams';
import { decodePng, type DecodedPng } from './png';

function icon(file: string): DecodedPng {
  return decodePng(readFileSync(join(APP_PACKAGE_DIR, file)));
}

function pixel(png: DecodedPng, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.rgba[i] ?? -1, png.rgba[i + 1] ?? -1, png.rgba[i + 2] ?? -1, png.rgba[i + 3] ?? -1];
}

function alphas(png: DecodedPng): number[] {
  return Array.from({ length: png.width * png.height }, (_, i) => png.rgba[i * 4 + 3] ?? -1);
}

describe('Teams icons', () => {
  describe('color.png', () => {
    const png = icon('color.png');

    it('is 192×192', () => {
      expect([png.width, png.height]).to.deep.equal([192, 192]);
    });

    it('is fully opaque, with the accent colour filling the corners', () => {
      expect(alphas(png).every((a) => a === 255)).to.equal(true);
      for (const [x, y] of [
        [0, 0],
        [191, 0],
        [0, 191],
        [191, 191],
      ] as const) {
        expect(pixel(png, x, y)).to.deep.equal([...BACKGROUND, 255]);
      }
    });

    it('shows a mark in other colours in the middle, not an empty tile', () => {
      const [r, g, b] = pixel(png, 96, 80);
      expect([r, g, b]).not.to.deep.equal([...BACKGROUND]);
    });

    it('matches the accent colour declared in the manifest', () => {
      const template = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8')) as { accentColor: string };
      const hex = `#${BACKGROUND.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      expect(template.accentColor.toLowerCase()).to.equal(hex);
    });
  });

  describe('outline.png', () => {
    const png = icon('outline.png');

    it('is 32×32 with an alpha channel', () => {
      expect([png.width, png.height, png.colourType]).to.deep.equal([32, 32, 6]);
    });

    it('is white wherever anything is drawn', () => {
      for (let y = 0; y < 32; y++) {
        for (let x = 0; x < 32; x++) {
          const [r, g, b, a] = pixel(png, x, y);
          if (a > 0) expect([r, g, b], `pixel ${x},${y}`).to.deep.equal([255, 255, 255]);
        }
      }
    });

    it('has a fully transparent background and a solid mark', () => {
      for (const [x, y] of [
        [0, 0],
        [31, 0],
        [0, 31],
        [31, 31],
      ] as const) {
        expect(pixel(png, x, y)[3], `corner ${x},${y}`).to.equal(0);
      }
      const a = alphas(png);
      const clear = a.filter((v) => v === 0).length;
      const solid = a.filter((v) => v === 255).length;
      expect(clear, 'transparent pixels').to.be.greaterThan(32 * 32 * 0.3);
      expect(solid, 'opaque pixels').to.be.greaterThan(32 * 32 * 0.2);
    });
  });

  it('are exactly what scripts/draw-icons.ts draws, so the committed files and the script agree', () => {
    for (const [file, spec] of [
      ['color.png', COLOR_ICON],
      ['outline.png', OUTLINE_ICON],
    ] as const) {
      expect(Buffer.from(icon(file).rgba).equals(Buffer.from(rasterise(spec))), file).to.equal(true);
    }
  });
});
