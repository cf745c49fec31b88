// Draws the extension's icon (images/icon.png, 128×128): a page of text with a check mark, on a
// blue rounded square. Plain shapes, 4×4 supersampled, written as a PNG with node:zlib, so the
// icon can be redrawn without an image editor: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const BLUE = [31, 78, 121];
const PAGE = [255, 255, 255];
const FOLD = [200, 214, 229];
const LINE = [150, 165, 185];
const GREEN = [46, 160, 67];

/** Signed distance helpers in pixel units; a point is inside a shape when the distance is <= 0. */
const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, width) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - width / 2;
};

/** The colour (with alpha) at one sample point: later shapes paint over earlier ones. */
function sample(x, y) {
  let colour = null;
  if (roundedRect(x, y, 4, 4, 124, 124, 22) <= 0) colour = BLUE;
  // The page, with its top-right corner folded over.
  const onPage = roundedRect(x, y, 30, 18, 92, 110, 5) <= 0 && !(x > 74 && y < 18 + (x - 74));
  if (onPage) colour = PAGE;
  if (x >= 74 && x <= 92 && y >= 18 && y <= 36 && y - 18 >= x - 74) colour = FOLD;
  for (const [y0, x1] of [[44, 80], [56, 80], [68, 72], [80, 62]]) {
    if (roundedRect(x, y, 40, y0, x1, y0 + 5, 2.5) <= 0) colour = LINE;
  }
  // The check mark in a green disc, overlapping the page's lower-right corner.
  if (circle(x, y, 90, 92, 24) <= 0) colour = GREEN;
  if (segment(x, y, 78, 92, 87, 101, 7) <= 0 || segment(x, y, 87, 101, 103, 83, 7) <= 0) colour = PAGE;
  return colour;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        r += colour[0]; g += colour[1]; b += colour[2]; a++;
      }
    }
    const o = 1 + px * 4;
    if (a > 0) {
      row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a);
      row[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../images/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`images/icon.png: ${png.length} bytes`);
