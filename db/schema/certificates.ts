import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { ofRegistration } from "./registrations";
import { staffUsers } from "./staff";

/**
 * A certificate of participation, issued to a registrant marked as attended. The verification code
 * printed on it is stored as its SHA-256 only. Re-issuing writes a new row and marks the old one
 * replaced; a registration has at most one current certificate (the partial unique index), which
 * is what makes issuing twice send once. A certificate whose holder is later marked absent or
 * refused is withdrawn: no longer current, and its code says so.
 */
export const certificates = sqliteTable(
  "certificates",
  {
    ...ofRegistration(),
    codeHash: text("code_hash").notNull(),
    /** The name as printed; emptied with the registration's personal fields (retention, erasure). */
    holderName: text("holder_name").notNull(),
    lang: text("lang").notNull(),
    issuedAt: instant("issued_at").notNull(),
    replacedAt: instant("replaced_at"),
    /** Set (with replacedAt) when the holder stopped being a participant: marked absent or refused. */
    withdrawnAt: instant("withdrawn_at"),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("certificates_code_uq").on(t.codeHash),
    uniqueIndex("certificates_current_uq")
      .on(t.registrationId)
      .where(sql`replaced_at is null`),
    index("certificates_event_idx").on(t.eventId, t.issuedAt),
  ],
);
