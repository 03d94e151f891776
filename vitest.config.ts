import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; browser tests run one file at a time, since each drives a
// software-rendered Chromium and CI has two cores.
const UNIT = {
  // The seeds are compiled once, in process, for every unit test file that reads compiled data.
  globalSetup: ['tests/setup/compiledSeeds.ts'],
  setupFiles: ['tests/setup/fastCheck.ts'],
  include: ['tests/compiler/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/embed/**/*.test.ts', 'tests/bench/**/*.test.ts'],
  environment: 'node',
  testTimeout: 90_000,
  hookTimeout: 90_000,
  maxWorkers: 2,
};
const MOCKING = ['tests/app/dataContract.test.ts', 'tests/app/loadStory.test.ts', 'tests/app/thirdLanguage.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 90_000,
    projects: [
      {
        test: {
          ...UNIT,
          name: 'unit',
          // Files share their modules (isolate: false): about 25 s less on two cores.
          isolate: false,
          exclude: MOCKING,
        },
      },
      {
        // Files that replace modules (vi.mock, vi.stubGlobal) get modules of their own.
        test: { ...UNIT, name: 'unit-isolated', include: MOCKING },
      },
      {
        test: {
          name: 'browser',
          // One built site and one Chromium for every browser test file.
          globalSetup: ['tests/setup/browserSite.ts'],
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
