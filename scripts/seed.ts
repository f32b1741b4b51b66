// npm run db:seed — demo data from the autumn 2023 minutes (idempotent).
// With DATABASE_URL it seeds that database; otherwise the embedded dev one.
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { devDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

const log = (line: string) => console.log(line);
const { server, url } = await devDatabase(log);
try {
  await migrate(url, () => {});
  const db = createPrismaClient(url, { max: 4 });
  try {
    await seedDemoData(db, log);
  } finally {
    await db.$disconnect();
  }
  log("seed done");
} finally {
  await server.stop();
}
