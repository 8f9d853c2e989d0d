/**
 * Loads the seed content into the database (idempotent: running it twice changes nothing).
 *   npm run seed                 content and the example events
 *   npm run seed -- --no-examples   content only
 *   SEED_EXAMPLES=false npm run seed   content only, as the server itself seeds: a public portal sets it,
 *   and the README's "after an upgrade, run npm run seed" must not add invented events beside its own
 */
import { seedContent } from "../db/seed/index";
import { closeDatabase, db } from "../app/utils/db.server";
import { env } from "../app/utils/env.server";

db();
const examples = env().SEED_EXAMPLES && !process.argv.includes("--no-examples");
const result = seedContent({ examples });
console.log(result ? `Seed content loaded: ${result} items added.` : "Seed content already present: nothing added.");
closeDatabase();
