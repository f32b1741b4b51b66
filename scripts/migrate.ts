// npm run db:migrate — applies the SQL migrations to DATABASE_URL.
import { migrate } from "./lib/migrate";
import { redactUrl } from "@/lib/log/redact";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm run dev migrates the embedded database by itself.)");
  process.exit(2);
}
const applied = await migrate(url, (msg) => console.log(msg));
console.log(
  applied.length
    ? `applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(", ")}`
    : "database is up to date",
);
