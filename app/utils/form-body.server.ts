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
