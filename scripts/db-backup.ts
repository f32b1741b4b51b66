// npm run db:backup -- FILE
// A pg_dump custom-format backup of DATABASE_URL (otherwise the embedded dev
// database), made by the pg_dump of the server's own major version; uploaded
// materials are in it (they live in the database). FILE appears only when the
// dump is complete. Exit code 2 when refused (no pg_dump of the server's
// version), 1 on any other error. See docs/deploy/backups.md.
import path from "node:path";
import { redactUrl } from "@/lib/log/redact";
import { backupDatabase, BackupRefused, formatBytes } from "./lib/backup";
import { resolveServer } from "./lib/database";

const USAGE = "usage: npm run db:backup -- FILE";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(USAGE);
  process.exit(1);
}
const file = path.resolve(args[0]!);

const log = (line: string) => console.error(line);
// Not devDatabase(): that would create a missing database, and a mistyped URL would back up an empty one.
const server = await resolveServer("dev", log);
const url = server.embedded ? server.url("pike") : process.env.DATABASE_URL!;
let code = 0;
try {
  const report = await backupDatabase(url, file, { log });
  console.log(
    `backed up ${redactUrl(url)}: ${report.tables} tables, ${formatBytes(report.bytes)} in ` +
      `${report.seconds.toFixed(1)} s (pg_dump ${report.pgDump.version}) → ${file}`,
  );
} catch (error) {
  code = error instanceof BackupRefused ? 2 : 1;
  console.error(`${code === 2 ? "refused" : "backup failed"}: ${(error as Error).message}`);
} finally {
  await server.stop();
}
process.exit(code);
