// npm run import:libraries -- FILE.json [--dry-run]
// Creates and updates member libraries and their service points from a
// Kirkanta (api.kirjastot.fi v4) /library response; never deletes, never
// overwrites a hand edit (reported as a conflict). With DATABASE_URL it works
// on that database; otherwise on the embedded dev one. Exit code 1 on error,
// with nothing written. See docs/operations.md and docs/decisions/0019-kirkanta-import.md.
//
// Started with `--conditions=react-server` (see package.json) so that the
// app's server-only modules load outside Next.js.
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "@/lib/db/client";
import { formatReport, KirkantaFileError, parseKirkantaFile } from "@/lib/libraries/kirkanta";
import { importLibraries } from "@/lib/libraries/kirkanta-apply";
import { devDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

const USAGE = "usage: npm run import:libraries -- FILE.json [--dry-run]";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const files = args.filter((arg) => arg !== "--dry-run");
const unknown = files.filter((arg) => arg.startsWith("-"));
if (files.length !== 1 || unknown.length > 0) {
  console.error(unknown.length > 0 ? `unknown option ${unknown.join(" ")}\n${USAGE}` : USAGE);
  process.exit(1);
}

const path = files[0]!;
let text: string;
try {
  text = await readFile(path, "utf8");
} catch (error) {
  console.error(`cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}

let file;
try {
  file = parseKirkantaFile(text);
} catch (error) {
  if (!(error instanceof KirkantaFileError)) throw error;
  console.error(`${path}: ${error.message}\nNothing was written.`);
  process.exit(1);
}

const { server, url } = await devDatabase((line) => console.error(line));
let failed = false;
try {
  // The embedded dev database may be new; a DATABASE_URL one is migrated by its release (npm run db:migrate).
  if (server.embedded) await migrate(url);
  const db = createPrismaClient(url, { max: 2 });
  try {
    const plan = await importLibraries(db, file, { dryRun });
    console.log(formatReport(plan, { dryRun }));
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(`import failed, nothing was written: ${(error as Error).message}`);
  failed = true;
} finally {
  await server.stop();
}
if (failed) process.exit(1);
