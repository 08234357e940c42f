// Builds the extension for one browser and flavour (src/packaging/buildFlavours.ts):
//   tsx scripts/build.ts [chrome|firefox] [prod|test]
// 1. `plasmo build` with the flavour's compile-time switches (PLASMO_PUBLIC_* are inlined, so a
//    prod bundle does not even contain the test hooks' code);
// 2. the on-demand page extractor (scripts/buildExtractor.mjs) into the same folder;
// 3. the manifest adjusted for the target and flavour (src/packaging/manifestForBuild.ts).
// The organisation's OAuth client ID comes from PLASMO_PUBLIC_OAUTH_CLIENT_ID (environment or
// extension/.env.local, see README): set once per organisation, not per salesperson.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  BROWSER_TARGETS,
  type BrowserTarget,
  BUILD_FLAVOURS,
  type BuildFlavour,
  buildDirOf,
  PLASMO_TARGETS,
} from '../src/packaging/buildFlavours.ts';
import { type Manifest, manifestForBuild } from '../src/packaging/manifestForBuild.ts';

const root = join(import.meta.dirname, '..');
const [targetArg = 'chrome', flavourArg = 'prod'] = process.argv.slice(2);
if (!(BROWSER_TARGETS as readonly string[]).includes(targetArg))
  throw new Error(`target must be one of ${BROWSER_TARGETS.join(', ')}`);
if (!(BUILD_FLAVOURS as readonly string[]).includes(flavourArg))
  throw new Error(`flavour must be one of ${BUILD_FLAVOURS.join(', ')}`);
const target = targetArg as BrowserTarget;
const flavour = flavourArg as BuildFlavour;
const outDir = buildDirOf(target, flavour);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PLASMO_PUBLIC_CRM_TEST_HOOKS: flavour === 'test' ? 'true' : 'false',
};
const plasmo = createRequire(import.meta.url).resolve('plasmo/bin/index.mjs');
execFileSync(process.execPath, [plasmo, 'build', `--target=${PLASMO_TARGETS[target]}`, `--tag=${flavour}`], {
  cwd: root,
  env,
  stdio: 'inherit',
});
execFileSync(process.execPath, [join(root, 'scripts', 'buildExtractor.mjs'), outDir], {
  cwd: root,
  stdio: 'inherit',
});
const manifestPath = join(root, outDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const geckoId = process.env.CRM_GECKO_ID;
writeFileSync(
  manifestPath,
  JSON.stringify(manifestForBuild(manifest, { target, flavour, ...(geckoId ? { geckoId } : {}) })),
);
console.log(`${outDir}: ${target} ${flavour}`);
