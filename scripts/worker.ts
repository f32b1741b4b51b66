// npm run worker — the background job worker (mails, reminders) as its own
// process. Run one or more beside the app in production; `npm run dev`
// starts one by itself. SIGINT/SIGTERM finish the batch in hand, then exit.
//
// Started with `--conditions=react-server` (see package.json) so that the
// app's server-only modules load outside Next.js.
import { createPrismaClient } from "@/lib/db/client";
import { env, requireDatabaseUrl } from "@/lib/env";
import { appUrlForMail, runWorker } from "@/lib/jobs/worker";

if (env().SMTP_URL && !env().APP_URL && !env().AUTH_URL) {
  console.error("[worker] set APP_URL (the app's public address, e.g. https://pike.example.fi) for links in mails");
  process.exit(2);
}

const db = createPrismaClient(requireDatabaseUrl(), { max: 2 });
const controller = new AbortController();
// Finish the batch in hand; only a second Ctrl+C exits at once (its jobs run
// again when their lock runs out).
let interrupted = false;
process.on("SIGTERM", () => controller.abort());
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  controller.abort();
});

console.log(`[worker] running; links in mails point to ${appUrlForMail()}`);
try {
  await runWorker(db, { signal: controller.signal });
} finally {
  await db.$disconnect();
}
