import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run in a zone that is neither UTC nor Helsinki, so that code which
// forgets Europe/Helsinki fails loudly (each project passes it to its workers too).
process.env.TZ = "America/Sao_Paulo";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's guard against importing server code into the client; tests are servers.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          env: { TZ: "America/Sao_Paulo" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          env: { TZ: "America/Sao_Paulo" },
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each file has its own database (setup-env.ts) and the tests mostly
          // wait on PostgreSQL: 3 files at a time was fastest on 2 cores; 4
          // starved the enrolment storm's connection pools. INTEGRATION_WORKERS
          // overrides. See docs/decisions/0015-parallel-integration-tests.md.
          maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 3),
        },
      },
    ],
  },
});
