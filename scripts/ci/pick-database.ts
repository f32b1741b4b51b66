// Prints the URL and exits 0 when a PostgreSQL answers there; exits 1 otherwise.
import { canConnect } from "../lib/postgres";

const url = process.argv[2];
if (url && (await canConnect(url))) {
  console.log(url);
  process.exit(0);
}
process.exit(1);
