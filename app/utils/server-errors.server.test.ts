import { describe, expect, it } from "vitest";
import { worthLogging } from "./server-errors.server";

/** What Remix hands to handleError for a POST to a page without a form (a 405 it answers itself). */
const refusedByRemix = (status: number) => ({ status, statusText: "Method Not Allowed", internal: true, data: "Error: You made a POST request…" });

describe("the server's log", () => {
  it("keeps faults, not what any visitor can make Remix refuse", () => {
    expect(worthLogging(refusedByRemix(405))).toBe(false);
    expect(worthLogging(refusedByRemix(404))).toBe(false);
    expect(worthLogging(new Error("Warning: Single fetch-enabled apps should not be making ?_data requests, this is likely to break in the future"))).toBe(
      false,
    );
    expect(worthLogging(refusedByRemix(500))).toBe(true);
    expect(worthLogging(new Error("SQLITE_FULL: database or disk is full"))).toBe(true);
    expect(worthLogging("a thrown string")).toBe(true);
  });
});
