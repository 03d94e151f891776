import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    fileParallelism: true,
    maxWorkers: 2,
    hookTimeout: 60_000,
  },
});
