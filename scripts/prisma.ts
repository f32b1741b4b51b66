// Runs the Prisma CLI offline. Prisma 7's CLI insists on a native schema
// engine it downloads from its own host, which these machines cannot reach;
// generate/validate/format never run it, so any existing file satisfies the
// check. Migrations are plain SQL (see docs/decisions/0002-sql-migrations.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const args = process.argv.slice(2);

if (args[0] === "migrate" || args[0] === "db") {
  console.error("prisma migrate/db cannot run offline here: use `npm run db:migrate` (SQL migrations).");
  process.exit(2);
}

const result = spawnSync(process.execPath, [cli, ...args], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
