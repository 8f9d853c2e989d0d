import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { registrations } from "./registrations";

/**
 * The check-in codes that have been shown to someone (an email, the manage page), by the sha256 of
 * the code: a code typed at the door is found with one indexed read, and a copy of the database
 * holds no code. The code itself is derived from the portal's secret (utils/check-in-code.server).
 */
export const checkInCodes = sqliteTable(
  "check_in_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    issuedAt: instant("issued_at").notNull(),
  },
  (t) => [index("check_in_codes_registration_idx").on(t.registrationId)],
);
