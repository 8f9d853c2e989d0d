/*
 * Seed content taken from the five source documents in seeds/ (TSB Circular 114, CL-23/15, the draft
 * Council resolution that became Resolution 1429, the 2024 report to the Council, and CL-24/63 with
 * the COP29 Declaration). Long texts follow the LongText format described in ../types.ts.
 */
export { pillars } from "./pillars";
export { circulars } from "./circulars";
export { events } from "./events";
export { declarations } from "./declarations";
export { workingGroups } from "./working-groups";
