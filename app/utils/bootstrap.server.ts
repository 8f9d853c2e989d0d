import { env } from "./env.server";
import { db } from "./db.server";
import { startOutboxDeliverer } from "./outbox.server";
import { startScheduler } from "./scheduler.server";
import { seedIfEmpty } from "../../db/seed/index";
import { refreshStalePledgeProgress } from "~/models/pledges.server";
import { sweepLetters } from "~/models/endorsement-letters.server";

/**
 * What the server does once before it listens: check the environment, open the database
 * (which applies migrations), load the seed content into an empty database, resume email delivery.
 */
export async function bootstrap() {
  const config = env();
  db();
  seedIfEmpty({ examples: config.SEED_EXAMPLES });
  // Letters no row names (a crash between the file and the row) are removed before anyone asks.
  sweepLetters();
  refreshStalePledgeProgress();
  startOutboxDeliverer();
  startScheduler();
  return { port: config.PORT, host: config.HOST };
}
