import { and, eq, sql } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { prepared } from "~/utils/prepared.server";

// The hot path's queries, built once (prepared.server): 1,000 people may press "Register" at once.
export const eventById = prepared((d) =>
  d
    .select()
    .from(events)
    .where(eq(events.id, sql.placeholder("id")))
    .prepare(),
);
export const registrationOf = prepared((d) =>
  d
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, sql.placeholder("eventId")), eq(registrations.emailKey, sql.placeholder("key"))))
    .prepare(),
);
/** Every column a new registration is written with, each a placeholder of its own name. */
const NEW_REGISTRATION_COLUMNS = [
  "eventId",
  "participationTypeId",
  "email",
  "emailKey",
  "lang",
  "status",
  "addressProven",
  "holdExpiresAt",
  "tokenHash",
  "createdAt",
  "updatedAt",
  "confirmedAt",
  "cancelledAt",
  "attendedAt",
  "reminderSentAt",
  "joinReminderSentAt",
  "firstName",
  "lastName",
  "organisation",
  "organisationType",
  "country",
  "jobTitle",
  "gender",
  "accessibilityNeeds",
  "governmentDelegate",
] as const satisfies readonly (keyof typeof registrations.$inferInsert)[];
export const newRegistrationParams = (row: Partial<Record<(typeof NEW_REGISTRATION_COLUMNS)[number], unknown>>) =>
  Object.fromEntries(NEW_REGISTRATION_COLUMNS.map((c) => [c, row[c] ?? null]));
export const insertRegistration = prepared((d) =>
  d
    .insert(registrations)
    .values(Object.fromEntries(NEW_REGISTRATION_COLUMNS.map((c) => [c, sql.placeholder(c)])) as unknown as typeof registrations.$inferInsert)
    .returning()
    .prepare(),
);
