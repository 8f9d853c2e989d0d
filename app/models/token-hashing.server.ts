import { sqlite } from "~/utils/db.server";
import { withLinksSpent } from "~/utils/outbox-delivery.server";
import { hashToken, isTokenHash } from "~/utils/tokens.server";

/** Columns that once held link tokens as written, and now hold their sha256. */
const COLUMNS = [
  ["registrations", "token"],
  ["endorsements", "manage_token"],
  ["working_group_members", "unsubscribe_token"],
] as const;

/**
 * Run at start-up: a database from before tokens were hashed has its plain tokens replaced by
 * their sha256, so the links already emailed keep opening and a copy of the database opens nothing.
 * (The next email to such a row carries a newly derived link.) Returns how many were hashed.
 */
export function hashPlainStoredTokens(): number {
  const connection = sqlite();
  let hashed = 0;
  connection
    .transaction(() => {
      for (const [table, column] of COLUMNS) {
        const rows = connection.prepare(`SELECT id, ${column} AS token FROM ${table} WHERE length(${column}) <> 64`).all() as { id: number; token: string }[];
        const update = connection.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
        for (const row of rows) {
          if (isTokenHash(row.token)) continue;
          update.run(hashToken(row.token), row.id);
          hashed++;
        }
      }
    })
    .immediate();
  return hashed;
}

/**
 * Emails delivered before their links were spent on delivery (withLinksSpent) still hold the
 * tokens in their kept bodies; they are spent once, at start-up. Returns how many were changed.
 */
export function spendLinksInSentEmails(): number {
  const connection = sqlite();
  let spent = 0;
  connection
    .transaction(() => {
      const rows = connection
        .prepare(
          `SELECT id, html, text FROM outbox WHERE status = 'sent' AND (text LIKE '%/registrations/%' OR text LIKE '%/endorsements/%' OR text LIKE '%/unsubscribe/%')`,
        )
        .all() as { id: number; html: string; text: string }[];
      const update = connection.prepare("UPDATE outbox SET html = ?, text = ? WHERE id = ?");
      for (const row of rows) {
        const html = withLinksSpent(row.html);
        const text = withLinksSpent(row.text);
        if (html === row.html && text === row.text) continue;
        update.run(html, text, row.id);
        spent++;
      }
    })
    .immediate();
  return spent;
}
