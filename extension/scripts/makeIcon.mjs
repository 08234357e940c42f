// Draws assets/icon.png (512×512): a teal rounded square with a white contact card and a clip.
// Plain Node (zlib) so the build needs no image tools. Run: node scripts/makeIcon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const px = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a]) => {
  const i = (y * size + x) * 4;
  px[i] = r;
  px[i + 1] = g;
  px[i + 2] = b;
  px[i + 3] = a;
};
const inRounded = (x, y, x0, y0, x1, y1, rad) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
};
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    let c = [0, 0, 0, 0];
    if (inRounded(x, y, 16, 16, 495, 495, 96)) {
      const t = (x + y) / (2 * size);
      c = [Math.round(13 + 20 * t), Math.round(148 - 40 * t), Math.round(136 + 30 * t), 255];
    }
    if (inRounded(x, y, 96, 150, 416, 380, 28)) c = [255, 255, 255, 255];
    // head and shoulders on the card
    if ((x - 180) ** 2 + (y - 230) ** 2 <= 34 ** 2) c = [13, 148, 136, 255];
    if (inRounded(x, y, 128, 275, 232, 340, 30) && y <= 340) c = [13, 148, 136, 255];
    // text lines
    for (const [ly, lw] of [
      [215, 140],
      [255, 110],
      [295, 125],
    ]) {
      if (inRounded(x, y, 256, ly, 256 + lw, ly + 18, 9)) c = [148, 163, 184, 255];
    }
    // the clip
    if (inRounded(x, y, 236, 110, 276, 180, 14) && !inRounded(x, y, 248, 122, 264, 168, 6))
      c = [251, 191, 36, 255];
    set(x, y, c);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../assets/icon.png', import.meta.url), png);
