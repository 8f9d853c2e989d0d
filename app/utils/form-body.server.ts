/**
 * Reads a form body with a bounded number of fields. A 15 MB body of 280,000 fields took
 * seconds of parsing before CSRF or the rate limit were looked at; counting the separators
 * in the raw bytes is cheap, so the parser only ever sees a bounded form.
 */
export const MAX_FORM_FIELDS = 500;

export type BodyOutcome = { ok: true; form: FormData } | { ok: false; reason: "too-many-fields" | "unreadable" };

function count(haystack: Buffer, needle: Buffer, stopAfter: number) {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n <= stopAfter; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

export async function readFormBody(request: Request, maxFields = MAX_FORM_FIELDS): Promise<BodyOutcome> {
  const type = request.headers.get("Content-Type") ?? "";
  let raw: ArrayBuffer;
  try {
    raw = await request.arrayBuffer();
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const bytes = Buffer.from(raw);
  const boundary = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const fields = boundary
    ? count(bytes, Buffer.from(`--${boundary[1] ?? boundary[2]}`), maxFields + 1) - 1
    : bytes.length === 0
      ? 0
      : count(bytes, Buffer.from("&"), maxFields) + 1;
  if (fields > maxFields) return { ok: false, reason: "too-many-fields" };
  try {
    // A form without files (every public form but the endorsement's letter) is parsed as the Fetch
    // standard parses it, without building a second Request: 30 µs a form instead of 50–80.
    if (!boundary && /^application\/x-www-form-urlencoded\b/i.test(type)) return { ok: true, form: urlencodedForm(bytes) };
    const form = await new Request(request.url, { method: "POST", headers: { "Content-Type": type }, body: raw }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

/** For routes that look at the body themselves: null when it cannot be read or has too many fields. */
export async function readForm(request: Request): Promise<FormData | null> {
  const body = await readFormBody(request);
  return body.ok ? body.form : null;
}

function urlencodedForm(bytes: Buffer) {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(bytes.toString("utf8"))) form.append(name, value);
  return form;
}
