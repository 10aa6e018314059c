/**
 * Draws Kindred's Teams icons: appPackage/color.png (192×192) and appPackage/outline.png (32×32).
 *
 * The mark is a heart held by two cupped hands: care offered, not imposed. It is drawn from a few
 * geometric shapes and rasterised here in pure Node (supersampled coverage, PNG written with zlib),
 * so the icons can be regenerated anywhere without a browser or an image library:
 *
 *     npx tsx scripts/draw-icons.ts
 *
 * The output is deterministic; commit the PNGs it writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** An sRGB colour, 0–255 per channel. */
type Rgb = readonly [number, number, number];

/** Calm deep teal; also the manifest's accentColor, so Teams frames the icon in the same colour. */
export const BACKGROUND: Rgb = [0x2b, 0x6e, 0x6a];
const HEART: Rgb = [0xf4, 0xa2, 0x7e];
const HANDS: Rgb = [0xfc, 0xef, 0xe0];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/**
 * Mark space: x and y in [-1, 1], y pointing down, origin at the centre of the mark.
 * Each shape answers "is this point inside?"; coverage comes from supersampling.
 */
type Shape = (x: number, y: number) => boolean;

/** Inigo Quilez's exact heart distance, tip at the origin, y up, about 1.2 wide and 1.1 tall. */
function heartDistance(px: number, py: number): number {
  const x = Math.abs(px);
  if (py + x > 1) return Math.hypot(x - 0.25, py - 0.75) - Math.SQRT2 / 4;
  const a = x ** 2 + (py - 1) ** 2;
  const m = 0.5 * Math.max(x + py, 0);
  const b = (x - m) ** 2 + (py - m) ** 2;
  return Math.sqrt(Math.min(a, b)) * Math.sign(x - py);
}

const HEART_TIP_Y = 0.28;
const HEART_SCALE = 0.9;

/** The heart, sitting in the hands with its tip just above the palms. */
const heart: Shape = (x, y) => heartDistance(x / HEART_SCALE, (HEART_TIP_Y - y) / HEART_SCALE) < 0;

/**
 * Each cupped hand is a swept disc: it follows an arc around the heart from the palm (thick, at the
 * bottom) up to the fingertips (thinner, at the side), so its ends come out naturally rounded.
 */
interface Disc {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

const HAND_CENTRE_Y = -0.2;
const HAND_RADIUS = 0.78;
// Angles in degrees, y down: 90° is straight below the heart. The palm starts far enough from 90°
// that the two palms meet with a small gap, like two hands held together.
const PALM_ANGLE = 104;
const FINGERTIP_ANGLE = 196;
const PALM_THICKNESS = 0.15;
const FINGERTIP_THICKNESS = 0.085;
const SWEEP_STEPS = 240;

/** The left hand; angles past 90° put it left of centre. The right hand is its mirror image. */
function leftHandDiscs(): Disc[] {
  const discs: Disc[] = [];
  for (let i = 0; i <= SWEEP_STEPS; i++) {
    const t = i / SWEEP_STEPS;
    const angle = ((PALM_ANGLE + (FINGERTIP_ANGLE - PALM_ANGLE) * t) * Math.PI) / 180;
    // Eased taper: the palm stays full for a while, then the fingers narrow.
    const r = PALM_THICKNESS + (FINGERTIP_THICKNESS - PALM_THICKNESS) * t * t;
    discs.push({ cx: Math.cos(angle) * HAND_RADIUS, cy: HAND_CENTRE_Y + Math.sin(angle) * HAND_RADIUS, r });
  }
  return discs;
}

const LEFT_HAND = leftHandDiscs();
const HAND_REACH = Math.max(PALM_THICKNESS, FINGERTIP_THICKNESS);

/** Both hands; the right hand is tested as the left hand's mirror image. */
const hands: Shape = (x, y) => {
  const mx = -Math.abs(x);
  // Cheap reject: the hands lie in a band around their arc.
  const fromCentre = Math.hypot(mx, y - HAND_CENTRE_Y);
  if (Math.abs(fromCentre - HAND_RADIUS) > HAND_REACH) return false;
  for (const d of LEFT_HAND) {
    const dx = mx - d.cx;
    const dy = y - d.cy;
    if (dx * dx + dy * dy < d.r * d.r) return true;
  }
  return false;
};

/** A flat layer of the icon: a shape filled with a colour. */
interface Layer {
  readonly shape: Shape;
  readonly colour: Rgb;
}

interface IconSpec {
  readonly size: number;
  /** Fraction of the icon's width that the mark's [-1, 1] box spans. */
  readonly markSpan: number;
  /** Opaque background, or none for a transparent icon. */
  readonly background: Rgb | null;
  readonly layers: readonly Layer[];
}

/** Samples per pixel along each axis; 8×8 gives smooth edges at 32 px without blurring. */
const SUPERSAMPLE = 8;

/** Rasterises an icon into straight (non-premultiplied) RGBA bytes. */
export function rasterise(spec: IconSpec): Uint8Array {
  const { size, markSpan, background, layers } = spec;
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the sub-samples, painting layers back to front.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const v = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const x = ((u - 0.5) * 2) / markSpan;
          const y = ((v - 0.5) * 2) / markSpan;
          let colour: Rgb | null = background;
          for (const layer of layers) if (layer.shape(x, y)) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a === 0) {
        // Fully transparent; keep the colour channels white so the outline icon is white everywhere.
        rgba.set([255, 255, 255, 0], i);
      } else {
        rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / samples) * 255)], i);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes straight RGBA bytes as an 8-bit RGBA PNG (no filtering; zlib does the work). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter type: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The full-colour icon: the mark in warm colours on the teal field, inside Teams' safe area. */
export const COLOR_ICON: IconSpec = {
  size: 192,
  markSpan: 0.64,
  background: BACKGROUND,
  layers: [
    { shape: hands, colour: HANDS },
    { shape: heart, colour: HEART },
  ],
};

/** The outline icon: the same mark in white on transparency, filling the 32 px square. */
export const OUTLINE_ICON: IconSpec = {
  size: 32,
  markSpan: 0.94,
  background: null,
  layers: [
    { shape: hands, colour: WHITE },
    { shape: heart, colour: WHITE },
  ],
};

function main(): void {
  const dir = join(__dirname, '..', 'appPackage');
  for (const [file, spec] of [
    ['color.png', COLOR_ICON],
    ['outline.png', OUTLINE_ICON],
  ] as const) {
    writeFileSync(join(dir, file), encodePng(spec.size, spec.size, rasterise(spec)));
    process.stdout.write(`wrote appPackage/${file} (${spec.size}×${spec.size})\n`);
  }
}

if (require.main === module) main();
