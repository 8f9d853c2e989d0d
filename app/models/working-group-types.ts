/** Working-group vocabulary shared by the schema, the server and the browser. */
export const milestoneStatuses = ["planned", "in-progress", "done", "delayed"] as const;
export const membershipRoles = ["co-lead", "member"] as const;
/** `suspended`: an accepted membership of a suspended organisation (accepted again on reinstatement). */
export const membershipStatuses = ["requested", "accepted", "declined", "left", "suspended"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];
export type MembershipRole = (typeof membershipRoles)[number];
export type MembershipStatus = (typeof membershipStatuses)[number];
