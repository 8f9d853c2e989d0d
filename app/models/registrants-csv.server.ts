import { asc, eq } from "drizzle-orm";
import { participationTypes, registrations } from "../../db/schema";
import { regionOf } from "~/utils/countries";
import { countryName } from "~/utils/country-options";
import { toCsv } from "~/utils/csv";
import { db } from "~/utils/db.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";

/**
 * Staff-only export with contact details. Codes (country, type of organisation) for spreadsheets that
 * match on them; the last columns name them, and the participation type, in the staff member's language.
 */
export function registrantsCsv(eventId: number, lang: Lang = "en") {
  const t = getT(lang);
  const header = [
    "id",
    "status",
    "first_name",
    "last_name",
    "email",
    "organisation",
    "organisation_type",
    "country",
    "region",
    "job_title",
    "gender",
    "accessibility_needs",
    "language",
    "registered_at",
    "confirmed_at",
    "attended",
    // Last, so the columns before them keep their places for spreadsheets already built on the export.
    "participation_type",
    "country_name",
    "organisation_type_name",
    // Who registered as their government's delegate (only where the event asks): the desk decides for those
    // whose country has no focal point, and a delegation's list is built from them.
    "government_delegate",
  ];
  const rows = db()
    .select({ r: registrations, typeName: participationTypes.name })
    .from(registrations)
    .leftJoin(participationTypes, eq(participationTypes.id, registrations.participationTypeId))
    .where(eq(registrations.eventId, eventId))
    .orderBy(asc(registrations.id))
    .all();
  return toCsv(
    header,
    rows.map(({ r, typeName }) => [
      r.id,
      r.status,
      r.firstName,
      r.lastName,
      r.email,
      r.organisation,
      r.organisationType,
      r.country,
      regionOf(r.country) ?? "",
      r.jobTitle,
      r.gender ?? "",
      r.accessibilityNeeds ?? "",
      r.lang,
      new Date(r.createdAt).toISOString(),
      r.confirmedAt ? new Date(r.confirmedAt).toISOString() : "",
      r.attendedAt ? "yes" : "",
      typeName ? pickTranslation(typeName, lang).text : "",
      countryName(lang, r.country),
      t(`organisationType.${r.organisationType}`),
      r.governmentDelegate ? "yes" : "",
    ]),
  );
}
