// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the packed
// binary before electron-builder signs it and builds the installers.
'use strict';

const { flipFuses } = require('@electron/fuses');
const { electronBinaryPath, fuseConfig } = require('./fuses.cjs');

// electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

async function applyFuses(context, flip = flipFuses, env = process.env) {
  const platform = context.electronPlatformName;
  const binary = electronBinaryPath({
    appOutDir: context.appOutDir,
    platform,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });
  const e2e = env.ORGCANVAS_FUSES === 'e2e';
  const config = fuseConfig({ e2e, platform, arch: ARCH_NAMES[context.arch] });
  await flip(binary, config);
  return { binary, e2e };
}

module.exports = async function afterPack(context) {
  const { binary, e2e } = await applyFuses(context);
  console.log(`  • fuses flipped${e2e ? ' (e2e build: inspect arguments left on)' : ''}  file=${binary}`);
};
module.exports.applyFuses = applyFuses;
