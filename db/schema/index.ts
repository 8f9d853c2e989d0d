/**
 * The database's tables, one file per area of the portal. Import from here ("db/schema"); drizzle-kit reads
 * the whole folder.
 */
export { genders, organisationTypes } from "../../app/models/registration-types";
export type { Translated } from "./columns";
export * from "./staff";
export * from "./outbox";
export * from "./audit";
export * from "./content";
export * from "./programme";
export * from "./check-in";
export * from "./endorsements";
export * from "./registrations";
export * from "./participation";
export * from "./partners";
export * from "./pledges";
export * from "./working-groups";
export * from "./disclosures";
export * from "./focal-points";
export * from "./certificates";
export * from "./visa-letters";
export * from "./reporting-years";
