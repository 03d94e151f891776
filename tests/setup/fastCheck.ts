import fc from 'fast-check';

/**
 * Property tests are seeded, so a run is repeatable: the same seed gives the same inputs. fast-check prints
 * the seed and the path of a failure; `FC_SEED=<seed> npx vitest run <file>` replays it.
 */
const seed = Number(process.env.FC_SEED ?? 20_261_201);
fc.configureGlobal({ seed, numRuns: 100 });
