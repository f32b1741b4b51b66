// npm run admin:grant -- EMAIL
// Makes EMAIL an administrator: creates the person (to sign in by a link to
// that address; the first sign-in asks for a name) or adds the ADMIN role to
// someone who exists. The first administrator of a new installation is made
// this way (docs/deploy/README.md, "The first administrator"). With
// DATABASE_URL it works on that database; otherwise on the embedded dev one.
// Exit code 1 on bad input or a refusal, with nothing written.
//
// Started with `--conditions=react-server` (see package.json) so that the
// app's server-only modules load outside Next.js.
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { grantAdminFromConsole } from "@/lib/users/admin/mutations";
import { devDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

const USAGE = "usage: npm run admin:grant -- EMAIL";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(USAGE);
  process.exit(1);
}

const { server, url } = await devDatabase((line) => console.error(line));
let status = 0;
try {
  // The embedded dev database may be new; a DATABASE_URL one is migrated by its release (npm run db:migrate).
  if (server.embedded) await migrate(url);
  const client = createPrismaClient(url, { max: 1 });
  try {
    const grant = await grantAdminFromConsole(client, { email: args[0] });
    const done = {
      created: `${grant.email} added as an administrator.`,
      granted: `${grant.email} is now an administrator (their other roles kept).`,
      already: `${grant.email} was an administrator already; nothing changed.`,
    }[grant.outcome];
    console.log(`${done} They sign in with a link to that address at the sign-in page (/kirjaudu).`);
  } finally {
    await client.$disconnect();
  }
} catch (error) {
  status = 1;
  if (error instanceof z.ZodError) console.error(`not an email address: ${args[0]}\n${USAGE}`);
  else if (error instanceof AppError) console.error(error.message);
  else throw error;
  console.error("Nothing was written.");
} finally {
  await server.stop();
}
process.exit(status);
