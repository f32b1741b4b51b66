// One template database per integration run: on DATABASE_URL's server when
// set, else on the embedded PostgreSQL. Migrated and seeded once, then frozen;
// each test file works on its own copy (setup-env.ts), so files run in
// parallel. Dropped after.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { freshTestDatabase } from "@/scripts/lib/database";
import { migrate } from "@/scripts/lib/migrate";
import { dropDatabase, freezeAsTemplate } from "@/scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, seeded template that each test file copies. */
    templateUrl: string;
    /** When the demo data was in place: rows created earlier are the seed's. */
    seededAt: string;
  }
}

export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[integration] ${line}`);
  const { server, url, name } = await freshTestDatabase(log);
  await migrate(url);
  const db = createPrismaClient(url, { max: 2 });
  await seedDemoData(db);
  await db.$disconnect();
  await freezeAsTemplate(url);
  log(`template ${name} migrated and seeded; each test file gets a copy`);
  project.provide("templateUrl", url);
  project.provide("seededAt", new Date().toISOString());
  return async () => {
    await dropDatabase(url).catch((error: unknown) => log(`could not drop ${name}: ${String(error)}`));
    await server.stop();
  };
}
