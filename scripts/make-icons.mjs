#!/usr/bin/env node
// Renders build/icon.svg to every icon the installers need, all committed in build/:
//   icons/<n>x<n>.png  Linux (AppImage, deb) and the window icon
//   icon.png           1024 px, electron-builder's fallback
//   icon.ico           Windows (NSIS, taskbar): PNG images inside an ICO container
//   icon.icns          macOS (dmg): PNG images inside an ICNS container
// Run again after changing icon.svg: `node scripts/make-icons.mjs`.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS types holding PNG data, by pixel size (Apple's icns format; ic11–ic14 are @2x).
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** ICO: 6-byte header, one 16-byte entry per image, then the PNG bytes (Vista and later). */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** ICNS: 'icns' + total length, then per image a 4-char type, its length, the PNG bytes. */
export function icnsFromPngs(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main() {
  const svg = await readFile(path.join(buildDir, 'icon.svg'));
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, render(svg, size));
    return cache.get(size);
  };
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(path.join(buildDir, 'icons', `${size}x${size}.png`), png(size));
  await writeFile(path.join(buildDir, 'icon.png'), png(1024));
  await writeFile(path.join(buildDir, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  await writeFile(path.join(buildDir, 'icon.icns'), icnsFromPngs(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
  console.log(`wrote ${LINUX_SIZES.length} PNGs, icon.png, icon.ico (${ICO_SIZES.length} sizes), icon.icns (${ICNS_TYPES.length} entries)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
