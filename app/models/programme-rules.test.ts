import { describe, expect, it } from "vitest";
import { interpretationFrom, isMaterialUrl, programmeOrder, sessionTimeProblem } from "./programme-rules";

const HOUR = 3_600_000;
const event = { startsAt: 10 * HOUR, endsAt: 14 * HOUR };

describe("programme rules", () => {
  it("keep interpretation to the six UN languages and International Sign, each once, in a fixed order", () => {
    expect(interpretationFrom(["ru", "ils", "ar", "ru", "de", "sgn"])).toEqual(["ar", "ru", "ils"]);
    expect(interpretationFrom([])).toEqual([]);
  });

  it("want a session to end after it starts and to lie within its event", () => {
    expect(sessionTimeProblem({ startsAt: 10 * HOUR, endsAt: 11 * HOUR }, event)).toBeNull();
    expect(sessionTimeProblem({ startsAt: 10 * HOUR, endsAt: 14 * HOUR }, event)).toBeNull();
    expect(sessionTimeProblem({ startsAt: 11 * HOUR, endsAt: 11 * HOUR }, event)).toBe("end-before-start");
    expect(sessionTimeProblem({ startsAt: 12 * HOUR, endsAt: 11 * HOUR }, event)).toBe("end-before-start");
    expect(sessionTimeProblem({ startsAt: 9 * HOUR, endsAt: 11 * HOUR }, event)).toBe("outside-event");
    expect(sessionTimeProblem({ startsAt: 13 * HOUR, endsAt: 15 * HOUR }, event)).toBe("outside-event");
  });

  it("order sessions by their start, then in the order they were added", () => {
    const sessions = [
      { id: 3, startsAt: 12 },
      { id: 1, startsAt: 11 },
      { id: 2, startsAt: 12 },
    ];
    expect(programmeOrder(sessions).map((s) => s.id)).toEqual([1, 2, 3]);
  });

  it("accept only web addresses as links", () => {
    expect(isMaterialUrl("https://www.itu.int/en/ITU-T/climatechange/Pages/default.aspx")).toBe(true);
    expect(isMaterialUrl("http://example.org/a.pdf")).toBe(true);
    expect(isMaterialUrl("javascript:alert(1)")).toBe(false);
    expect(isMaterialUrl("data:text/html,<b>x</b>")).toBe(false);
    expect(isMaterialUrl("file:///etc/passwd")).toBe(false);
    expect(isMaterialUrl("www.itu.int")).toBe(false);
  });
});
