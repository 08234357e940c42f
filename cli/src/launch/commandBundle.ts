import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The bundle to run for the CLI arguments `args`: beside the bundle of every command (crm.cjs)
 * the build puts one of each command alone (crm-clv.cjs), with only what that command uses, so
 * less is read, compiled and evaluated at start. A command line that starts with a command's name
 * runs that command's bundle; any other (help, --version, a misspelt command, an option first)
 * runs the bundle of every command, as does a command whose bundle is not there.
 */
export function commandBundle(
  bundle: string,
  args: readonly string[],
  exists: (path: string) => boolean = existsSync,
): string {
  const name = args[0];
  // A name only: never a path that leads out of the bundle's directory.
  if (name === undefined || !/^[a-z]+$/.test(name)) return bundle;
  const own = join(dirname(bundle), `${basename(bundle, '.cjs')}-${name}.cjs`);
  return exists(own) ? own : bundle;
}
