import { defineConfig } from "vitest/config";

/**
 * Three layers, run in this order by `npm test` (static checks run before vitest, see
 * scripts/test.ts): unit specs need no Neo4j; integration and browser tests share one throwaway
 * Neo4j; slow tests start (and kill) Neo4j servers of their own.
 */
const SLOW = "**/*.slow.int.test.ts";

export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts", "client/e2e/**", "**/dist/**"],
          environment: "node",
          // No unit spec may depend on speed: building the GraphQL schema or running networkx
          // takes seconds on a busy machine, so hooks get the tests' deadline too.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "integration",
          include: ["**/*.int.test.ts", "client/e2e/**/*.e2e.test.ts"],
          exclude: ["**/node_modules/**", SLOW],
          environment: "node",
          globalSetup: ["test/globalSetup.ts"],
          // One Neo4j for the whole run; files take turns so their data never interleaves.
          fileParallelism: false,
          // Generous deadlines: tests poll for state and must pass on a busy machine.
          testTimeout: 240_000,
          hookTimeout: 300_000,
          // expect.poll keeps asking until the state holds; its default of 1 s is a guess at speed.
          expect: { poll: { timeout: 90_000, interval: 100 } },
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "slow",
          include: [SLOW],
          exclude: ["**/node_modules/**"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
