/** Registration vocabularies shared by the schema, the server and the browser. */
export const organisationTypes = [
  "member-state",
  "sector-member",
  "associate",
  "academia",
  "un-igo",
  "private-sector",
  "civil-society",
  "other",
] as const;
export const genders = ["female", "male", "other", "undisclosed"] as const;
export const registrationStatuses = ["confirmed", "waiting", "pending", "rejected", "cancelled"] as const;
