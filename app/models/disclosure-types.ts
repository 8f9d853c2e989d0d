/** Emissions-disclosure vocabulary shared by the schema, the server and the browser. */
export const disclosureStatuses = ["in-review", "changes-requested", "published", "rejected", "superseded"] as const;
export const boundaries = ["operational-control", "financial-control", "equity-share"] as const;
export const methodologies = ["itu-l1450", "ghg-protocol", "iso-14064-1", "other"] as const;
export const assuranceLevels = ["none", "limited", "reasonable"] as const;
/** The ICT sub-sectors of Recommendation ITU-T L.1470. */
export const ictSubSectors = ["user-devices", "mobile-networks", "fixed-networks", "data-centres", "enterprise-networks", "ict-services"] as const;
/** The fifteen categories of scope 3 (GHG Protocol Corporate Value Chain Standard). */
export const scope3Categories = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] as const;
export type Scope3Category = (typeof scope3Categories)[number];
/** A scope 3 category is a figure in tonnes, or said not to be relevant, or not calculated. */
export type CategoryValue = number | "not-relevant" | "not-calculated";
/** Where a disclosure came from when the secretariat recorded it from a published document. */
export const disclosureSources = ["council-report-2024"] as const;

export type DisclosureStatus = (typeof disclosureStatuses)[number];
export type Boundary = (typeof boundaries)[number];
export type Methodology = (typeof methodologies)[number];
export type Assurance = (typeof assuranceLevels)[number];
export type IctSubSector = (typeof ictSubSectors)[number];
export type DisclosureSource = (typeof disclosureSources)[number];
