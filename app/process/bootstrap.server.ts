import { env } from "~/utils/env.server";
import { db } from "~/utils/db.server";
import { startOutboxDeliverer } from "~/utils/outbox-delivery.server";
import { startScheduler } from "~/process/scheduler.server";
import { seedIfEmpty } from "../../db/seed/index";
import { refreshStalePledgeProgress } from "~/models/pledges.server";
import { hashPlainStoredTokens, spendLinksInSentEmails } from "~/models/token-hashing.server";
import { portalSecret } from "~/utils/secret.server";
import { sweepLetters } from "~/models/endorsement-letters.server";
import { sweepMaterials } from "~/models/event-materials.server";

/**
 * What the server does once before it listens: check the environment, open the database
 * (which applies migrations), load the seed content into an empty database, resume email delivery.
 */
export async function bootstrap() {
  const config = env();
  db();
  portalSecret();
  hashPlainStoredTokens();
  spendLinksInSentEmails();
  seedIfEmpty({ examples: config.SEED_EXAMPLES });
  // Letters no row names (a crash between the file and the row) are removed before anyone asks.
  sweepLetters();
  sweepMaterials();
  refreshStalePledgeProgress();
  startOutboxDeliverer();
  startScheduler();
  // Browsers are told to come back over HTTPS only when the portal's address is https (RFC 6797);
  // a local http install must not be.
  const hsts = config.NODE_ENV === "production" && config.PUBLIC_URL.startsWith("https:");
  return {
    port: config.PORT,
    host: config.HOST,
    hsts,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxUploadBytes: config.MAX_UPLOAD_BYTES,
    trustProxy: config.TRUST_PROXY,
  };
}
