/**
 * Packaging, checked without downloading anything: electron-builder.yml through
 * electron-builder's own loader and schema, the icons it points at, and the fuse
 * configuration — flipped for real, by @electron/fuses, in a stand-in binary.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');
const { fuseConfig, electronBinaryPath } = require('../../../build/fuses.cjs');
const { applyFuses } = require('../../../build/afterPack.cjs');

const root = path.resolve('.');
const quietLogger = { isEnabled: false, add: () => undefined };

async function builderConfig() {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('loads with electron-builder’s loader and passes its schema', async () => {
    const config = await builderConfig();
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is checked for real: a wrong key would fail the same validation', async () => {
    const config = { ...(await builderConfig()), linux: { target: ['AppImage'], iconz: 'x' } };
    await expect(validateConfiguration(config, quietLogger)).rejects.toThrow(/configuration\.linux/);
  });

  it('builds AppImage+deb, NSIS and dmg with id, name and the .orgcanvas association', async () => {
    const config = await builderConfig();
    expect(config.appId).toBe('nl.orgcanvas.desktop');
    expect(config.productName).toBe('OrgCanvas');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'orgcanvas', role: 'Editor' })]);
    expect(config.afterPack).toBe('build/afterPack.cjs');
    expect(config.asar).toBe(true);
    // Ships the bundles only: no source maps, no node_modules.
    // (electron-builder's loader normalises `files` into one filter set.)
    const files = config.files.flatMap((entry: string | { filter: string[] }) => (typeof entry === 'string' ? [entry] : entry.filter));
    expect(files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**', '!**/*.map', '!node_modules/**']));
  });

  it('points at icons that exist, in every size a desktop asks for', async () => {
    const config = await builderConfig();
    expect(existsSync(config.win.icon)).toBe(true);
    expect(existsSync(config.mac.icon)).toBe(true);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(config.linux.icon, `${size}x${size}.png`);
      const png = readFileSync(file);
      // PNG width and height sit in the IHDR chunk at bytes 16–23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
    const ico = readFileSync(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(7);
    expect(readFileSync(config.mac.icon).subarray(0, 4).toString('ascii')).toBe('icns');
  });

  it('is what `npm run dist` uses, and CI never packages', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(pkg.main).toBe('dist/main/main.cjs');
    if (existsSync('.ci/run')) expect(readFileSync('.ci/run', 'utf8')).not.toMatch(/npm run dist|electron-builder/);
  });
});

describe('fuses', () => {
  it('turns off run-as-node, NODE_OPTIONS and inspect; turns on cookie encryption, asar-only and asar integrity', () => {
    const release = fuseConfig();
    expect(release[FuseV1Options.RunAsNode]).toBe(false);
    expect(release[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(release[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(release[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(release[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(release[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(release[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('the e2e build differs in exactly one fuse: inspect arguments', () => {
    const release = fuseConfig();
    const e2e = fuseConfig({ e2e: true });
    const differing = Object.keys({ ...release, ...e2e }).filter((key) => release[key] !== e2e[key]);
    expect(differing).toEqual([String(FuseV1Options.EnableNodeCliInspectArguments)]);
    expect(e2e[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
  });

  it('re-signs ad hoc only on arm64 macOS', () => {
    expect(fuseConfig({ platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig({ platform: 'darwin', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig({ platform: 'linux', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(false);
  });

  /** A file laid out like Electron's fuse wire: sentinel, version, length, one byte per fuse. */
  async function standInBinary(fuses = 9) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'orgcanvas-fuses-'));
    const file = path.join(dir, 'orgcanvas');
    const wire = Buffer.from([1, fuses, ...Array.from({ length: fuses }, () => 0x31)]);
    await writeFile(file, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire, Buffer.alloc(4096, 9)]));
    return file;
  }

  it('flips the wire in a binary the way the afterPack hook does (release and e2e)', async () => {
    for (const e2e of [false, true]) {
      const binary = await standInBinary();
      const context = { electronPlatformName: 'linux', arch: 1, appOutDir: path.dirname(binary), packager: { appInfo: { productFilename: 'OrgCanvas' }, executableName: 'orgcanvas' } };
      const result = await applyFuses(context, flipFuses, e2e ? { ORGCANVAS_FUSES: 'e2e' } : {});
      expect(result).toEqual({ binary, e2e });
      const wire = await getCurrentFuseWire(binary);
      const on = (option: number) => wire[option] === 0x31;
      expect(wire.version).toBe(FuseVersion.V1);
      expect(on(FuseV1Options.RunAsNode)).toBe(false);
      expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
      expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(e2e);
      expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
      expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
      expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
      // A fuse newer than @electron/fuses knows is left as Electron made it.
      expect(wire[8]).toBe(0x31);
      // Nothing outside the wire was touched.
      const bytes = await readFile(binary);
      expect(bytes.subarray(0, 4096).every((b) => b === 7)).toBe(true);
    }
  });

  it('finds the binary on each platform', () => {
    const base = { appOutDir: '/out', productFilename: 'OrgCanvas', executableName: 'orgcanvas' };
    expect(electronBinaryPath({ ...base, platform: 'linux' })).toBe(path.join('/out', 'orgcanvas'));
    expect(electronBinaryPath({ ...base, platform: 'win32' })).toBe(path.join('/out', 'OrgCanvas.exe'));
    expect(electronBinaryPath({ ...base, platform: 'darwin' })).toBe(path.join('/out', 'OrgCanvas.app'));
    const flip = vi.fn(async () => undefined);
    return applyFuses({ electronPlatformName: 'win32', arch: 1, appOutDir: 'C:/out', packager: { appInfo: { productFilename: 'OrgCanvas' }, executableName: 'OrgCanvas' } }, flip, {}).then(() => {
      expect(flip).toHaveBeenCalledWith(path.join('C:/out', 'OrgCanvas.exe'), expect.objectContaining({ [FuseV1Options.RunAsNode]: false }));
    });
  });
});
