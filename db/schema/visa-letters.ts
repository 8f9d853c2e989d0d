import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { visaLetterLangs, visaLetterStatuses } from "../../app/models/visa-letter-types";
import { instant } from "./columns";
import { ofRegistration } from "./registrations";
import { staffUsers } from "./staff";

/**
 * A request for a visa support letter and the passport details it needs. Seen by the secretariat
 * alone (the visa queue); the row is deleted 30 days after the event ends, when the person cancels
 * or moves online (visa-withdrawal.server), and with the person's registration data on erasure.
 */
export const visaLetterRequests = sqliteTable(
  "visa_letter_requests",
  {
    ...ofRegistration(),
    status: text("status", { enum: visaLetterStatuses }).notNull(),
    letterLang: text("letter_lang", { enum: visaLetterLangs }).notNull(),
    fullName: text("full_name").notNull(),
    /** ISO 3166-1 alpha-2, as the registration form's countries. */
    nationality: text("nationality").notNull(),
    dateOfBirth: text("date_of_birth").notNull(),
    passportNumber: text("passport_number").notNull(),
    passportIssuedOn: text("passport_issued_on").notNull(),
    passportExpiresOn: text("passport_expires_on").notNull(),
    placeOfApplication: text("place_of_application").notNull(),
    refusalReason: text("refusal_reason"),
    requestedAt: instant("requested_at").notNull(),
    decidedAt: instant("decided_at"),
    decidedBy: integer("decided_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("visa_letter_requests_registration_uq").on(t.registrationId), index("visa_letter_requests_status_idx").on(t.status, t.requestedAt)],
);
