/** Pledge vocabulary shared by the schema, the server and the browser. */
export const pledgeKinds = [
  "emissions-reduction",
  "emissions-disclosure",
  "circularity",
  "open-data-technology",
  "standards",
  "skills-capacity",
  "early-warning",
  "other",
] as const;
/** `suspended`: a published pledge of an organisation the secretariat has suspended (published again on reinstatement). */
export const pledgeStatuses = ["in-review", "changes-requested", "published", "rejected", "withdrawn", "suspended"] as const;
export const emissionScopes = ["1", "2", "3"] as const;
export type PledgeKind = (typeof pledgeKinds)[number];
export type PledgeStatusValue = (typeof pledgeStatuses)[number];
