/**
 * npm run backup [-- destination.sqlite]
 * Writes a consistent copy of the database (DATABASE_PATH) while the server keeps running.
 * Default destination: data/backups/portal-YYYYMMDD-HHMMSS.sqlite.
 */
import path from "node:path";
import { backupDatabase, backupName } from "../app/utils/backup.server";
import { env, resolveFromRoot } from "../app/utils/env.server";

const source = resolveFromRoot(env().DATABASE_PATH);
const destination = path.resolve(process.argv[2] ?? path.join(path.dirname(source), "backups", backupName()));
backupDatabase(source, destination)
  .then((file) => console.log(`Backup written to ${file}`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
