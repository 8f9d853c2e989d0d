/**
 * Loads the seed content into the database (idempotent: running it twice changes nothing).
 *   npm run seed                 content and the example events
 *   npm run seed -- --no-examples   content only
 */
import { seedContent } from "../db/seed/index";
import { closeDatabase, db } from "../app/utils/db.server";

db();
const examples = !process.argv.includes("--no-examples");
const result = seedContent({ examples });
console.log(result ? `Seed content loaded: ${result} items added.` : "Seed content already present: nothing added.");
closeDatabase();
