import { defineConfig } from "prisma/config";

// DATABASE_URL may be missing in a fresh checkout (postinstall runs generate),
// so read it leniently here; lib/env.ts validates it at run time.
export default defineConfig({
  schema: "prisma/schema.prisma",
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
