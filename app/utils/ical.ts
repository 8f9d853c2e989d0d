/** Minimal RFC 5545 writer: text escaping, 75-octet line folding, CRLF line ends, UTC times. */

export type CalendarEvent = {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  updated?: number;
  sequence?: number;
  /** The sources give the day, not the hours: an all-day event on the start's date in this zone. */
  allDayIn?: string;
};

/** YYYYMMDD of an instant's calendar day in a zone. */
function dayIn(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant).replace(/-/g, "");
}

/**
 * A TEXT value on one content line: a line break of any kind (a lone CR too, which some readers take
 * for the end of the line, so that what follows would be read as a property of its own) becomes
 * `\n`; other control characters, which TEXT may not hold, are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/\p{Cc}/gu, (c) => (c === "\t" ? c : ""));
}

/** Folds a content line so no physical line passes 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function icsDate(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function buildCalendar(opts: { name: string; events: CalendarEvent[]; method?: "PUBLISH" | "REQUEST"; now?: number }): string {
  const now = opts.now ?? Date.now();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ITU//Green Digital Action portal//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${opts.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  for (const e of opts.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsDate(e.updated ?? now)}`,
      ...(e.allDayIn
        ? [`DTSTART;VALUE=DATE:${dayIn(e.start, e.allDayIn)}`, `DTEND;VALUE=DATE:${dayIn(Math.max(e.end, e.start + 86_400_000), e.allDayIn)}`]
        : [`DTSTART:${icsDate(e.start)}`, `DTEND:${icsDate(e.end)}`]),
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
    lines.push(`STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
