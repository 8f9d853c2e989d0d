import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ical";

describe("iCalendar output", () => {
  it("escapes commas, semicolons, backslashes and newlines", () => {
    expect(escapeText("ITU, GSMA; GeSI\\n\nNext")).toBe("ITU\\, GSMA\\; GeSI\\\\n\\nNext");
  });

  it("keeps a title with a lone carriage return or a control character on its own line", () => {
    const ics = buildCalendar({
      name: "GDA",
      events: [{ uid: "e1@x", start: 0, end: 3_600_000, summary: "Workshop\rATTENDEE:mailto:a@evil.example\u0007", url: "https://x/e", updated: 0 }],
    });
    const lines = ics.split("\r\n");
    expect(lines).toContain("SUMMARY:Workshop\\nATTENDEE:mailto:a@evil.example");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\p{Cc}/u);
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Сокращение углеродного следа ".repeat(6)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });

  it("writes a valid calendar with UTC times and CRLF line ends", () => {
    const ics = buildCalendar({
      name: "Events",
      now: Date.UTC(2023, 5, 28),
      events: [{ uid: "scope-3@gda", start: Date.UTC(2023, 6, 11, 13), end: Date.UTC(2023, 6, 11, 14, 30), summary: "Scope 3, GHG", cancelled: false }],
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART:20230711T130000Z\r\n");
    expect(ics).toContain("DTEND:20230711T143000Z\r\n");
    expect(ics).toContain("SUMMARY:Scope 3\\, GHG\r\n");
    expect(ics.split("\r\n").filter((l) => l === "BEGIN:VEVENT").length).toBe(1);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });
});

describe("an event the sources date without a time", () => {
  it("is an all-day event on its day in its own zone, with no invented hour", () => {
    const ics = buildCalendar({
      name: "GDA",
      now: 0,
      events: [
        { uid: "cop29@x", start: Date.parse("2024-11-15T20:00:00Z"), end: Date.parse("2024-11-16T20:00:00Z"), summary: "Roundtable", allDayIn: "Asia/Baku" },
      ],
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20241116\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20241117\r\n");
    expect(ics).not.toMatch(/DTSTART:\d/);
  });
});
