// The demo data of PiKe-portaali, in Finnish: member libraries, people, the
// steering group's autumn 2023 meeting (from the source minutes) and the next
// one, training menus, PiKe boxes, networks and job-shadowing exchanges.
// Idempotent: every row is upserted on its natural key (or found by its text
// within its parent), so running the seed again leaves the same data.
import type { Db } from "@/lib/db/client";
import type { SeedContext } from "./context";
import { seedEnrolments } from "./enrolments";
import { seedExchanges } from "./exchanges";
import { seedKits } from "./kits";
import { seedLibraries } from "./libraries";
import { seedMeetings } from "./meetings";
import { seedNetworkMembers } from "./network-members";
import { seedNetworks } from "./networks";
import { seedPages } from "./pages";
import { seedProgrammes } from "./programmes";
import { seedThemes } from "./themes";
import { seedTrainings } from "./trainings";
import { seedUsers } from "./users";

export { DEMO_USERS, type DemoUser } from "./users";

export async function seedDemoData(db: Db, log: (msg: string) => void = () => {}): Promise<void> {
  const context: SeedContext = {
    db,
    log,
    refs: {
      libraries: new Map(),
      servicePoints: new Map(),
      users: new Map(),
      themes: new Map(),
      networks: new Map(),
    },
  };
  // Libraries first, then what refers to them; independent parts in parallel.
  await Promise.all([seedLibraries(context), seedThemes(context), seedPages(context)]);
  await seedUsers(context);
  await Promise.all([seedNetworks(context), seedKits(context), seedExchanges(context)]);
  await Promise.all([seedTrainings(context), seedMeetings(context), seedNetworkMembers(context)]);
  await Promise.all([seedEnrolments(context), seedProgrammes(context)]);
  log("Demodata valmis.");
}
