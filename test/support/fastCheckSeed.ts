// Property tests explore random inputs on every local run (that is how they find bugs), but CI
// must be reproducible: with CI set, fast-check uses a fixed seed unless FC_SEED overrides it.
// A failure prints its seed; rerun it with FC_SEED=<seed> npx vitest run <file>.
import fc from 'fast-check';

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261124' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
