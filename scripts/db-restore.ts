// npm run db:restore -- FILE
// Restores a backup made by npm run db:backup into DATABASE_URL (otherwise
// the embedded dev database), which must be empty; it is created when
// missing. One transaction: all or nothing. Prints every table's row count.
// Exit code 2 when refused (the target has tables, the file is not a custom-
// format dump, no pg_restore of the server's version or one older than the
// dump's), 1 on any other error. See docs/deploy/backups.md.
import path from "node:path";
import { redactUrl } from "@/lib/log/redact";
import { BackupRefused, restoreDatabase } from "./lib/backup";
import { resolveServer } from "./lib/database";

const USAGE = "usage: npm run db:restore -- FILE";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(USAGE);
  process.exit(1);
}
const file = path.resolve(args[0]!);

const log = (line: string) => console.error(line);
const server = await resolveServer("dev", log);
const url = server.embedded ? server.url("pike") : process.env.DATABASE_URL!;
let code = 0;
try {
  const report = await restoreDatabase(url, file, { log });
  const width = Math.max(...report.tables.map((t) => t.table.length), "table".length);
  console.log(`${"table".padEnd(width)}  rows`);
  for (const { table, rows } of report.tables) console.log(`${table.padEnd(width)}  ${rows}`);
  console.log(
    `restored ${file} into ${redactUrl(url)}${report.created ? " (created)" : ""}: ${report.tables.length} tables, ` +
      `${report.rows} rows in ${report.seconds.toFixed(1)} s (dump by pg_dump ${report.header.dumpVersion}, ` +
      `pg_restore ${report.pgRestore.version}). Next: npm run db:migrate if the release is newer than the backup.`,
  );
} catch (error) {
  code = error instanceof BackupRefused ? 2 : 1;
  console.error(`${code === 2 ? "refused" : "restore failed, nothing was restored"}: ${(error as Error).message}`);
} finally {
  await server.stop();
}
process.exit(code);
