// Electron fuses for the packaged app, as data (tested in tests/main/electron/packaging.test.ts).
// Fuses are bits in the Electron binary, flipped at packaging by build/afterPack.cjs, that
// switch features off for good — no argument or environment variable can switch them back.
//
// The end-to-end build (ORGCANVAS_FUSES=e2e, `npm run dist:e2e`) differs in exactly ONE fuse:
// EnableNodeCliInspectArguments stays on, because Playwright's _electron.launch attaches
// through `--inspect`. Never ship that build.
'use strict';

const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @param {{ e2e?: boolean, platform?: string, arch?: string }} options */
function fuseConfig(options = {}) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature arm64 macOS requires; re-sign ad hoc.
    resetAdHocDarwinSignature: options.platform === 'darwin' && options.arch === 'arm64',
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node with the user's rights.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other session data encrypted at rest with the OS key store.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect / --inspect-brk would open a debugger port into the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: options.e2e === true,
    // The app code must be the app.asar whose hash was embedded at packaging (macOS, Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // …and must come from app.asar, never from a loose app/ folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // We load from app://, so file:// needs none of its legacy privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The Electron binary inside a packed app folder, per platform (what flipFuses expects). */
function electronBinaryPath({ appOutDir, platform, productFilename, executableName }) {
  const path = require('node:path');
  if (platform === 'darwin' || platform === 'mas') return path.join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, executableName);
}

module.exports = { fuseConfig, electronBinaryPath };
