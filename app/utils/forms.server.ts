import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { isCsrfValid, CSRF_FIELD, hasCsrfCookie, isSameOrigin } from "./csrf.server";
import { readFormBody } from "./form-body.server";
import { env } from "./env.server";
import type { Lang } from "./i18n";
import { getT } from "./i18n.server";
import { hitRateLimit, networkOf } from "./rate-limit.server";

export const HONEYPOT_FIELD = "fax_number";
const SECRET_FIELDS = new Set([CSRF_FIELD, HONEYPOT_FIELD, "password", "newPassword"]);

export type FormFailure = {
  formError?: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

/** `credentials`: the password sign-in, which counts its own failures (sign-in-throttle.server.ts). */
type Guard = { kind: "public"; bucket: string } | { kind: "signed-in" } | { kind: "signin" } | { kind: "credentials" };

type Outcome<T> = { ok: true; data: T; form: FormData } | { ok: false; status: 400 | 403 | 413 | 429; failure: FormFailure };

/** Turns a zod issue into the localized sentence a person reads next to the field. */
export function issueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  const t = getT(lang, "common");
  // A schema may name its own message as a locale key ("errors.required", "admin:editor.slugFormat").
  if (issue.message && /^([a-z]+:)?[a-zA-Z]+\.[\w.]+$/.test(issue.message)) {
    const own = t(issue.message);
    if (own !== issue.message && own !== issue.message.split(":").pop()) return own;
  }
  switch (issue.code) {
    case "invalid_type":
      return t("errors.required");
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1
        ? t("errors.required")
        : issue.origin === "string"
          ? t("errors.tooShort", { count: Number(issue.minimum) })
          : t("errors.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string" ? t("errors.tooLong", { count: Number(issue.maximum) }) : t("errors.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("errors.email") : t("errors.format");
    case "invalid_value":
      return t("errors.choice");
    case "custom":
      return t(issue.message || "errors.format");
    default:
      return t("errors.format");
  }
}

/**
 * The submitted values a failed form is shown again with. A name sent more than once (a group of
 * checkboxes: pillars, interpretation languages, speakers) also keeps all its values under
 * `name[]`, one a line, so every box ticked comes back ticked; `name` alone keeps the last value.
 */
export function keptValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value !== "string" || SECRET_FIELDS.has(key)) continue;
    const kept = value.slice(0, 10_000);
    if (key in values) values[`${key}[]`] = `${values[`${key}[]`] ?? values[key]}\n${kept}`;
    values[key] = kept;
  }
  return values;
}

/** The object zod validates: repeated fields become arrays, files are left out. */
function formToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/**
 * What every form gets, in one place: CSRF, the honeypot and per-IP rate limit on public
 * forms, then zod. On failure the localized errors and the person's own values come back.
 */
export async function parseSubmission<S extends z.ZodType>(args: {
  request: Request;
  context: AppLoadContext;
  lang: Lang;
  schema: S;
  guard: Guard;
  form?: FormData | null;
}): Promise<Outcome<z.infer<S>>> {
  const { request, context, lang, schema, guard } = args;
  const t = getT(lang, "common");
  const refuse = (status: 403 | 413 | 429, formError: string) => ({ ok: false, status, failure: { formError, fieldErrors: {}, values: {} } }) as const;
  // What costs nothing is checked before the body is read: where the form came from, that the
  // visitor holds a CSRF cookie at all, and the rate. Then the body, with a bounded field count.
  if (!isSameOrigin(request) || !hasCsrfCookie(request)) return refuse(403, t("errors.csrf"));
  if (guard.kind === "public" && hitRateLimit(guard.bucket, networkOf(context.clientIp), env().RATE_LIMIT_PUBLIC)) {
    return refuse(429, t("errors.rateLimited"));
  }
  if (guard.kind === "signin" && hitRateLimit("signin-ip", networkOf(context.clientIp), env().RATE_LIMIT_SIGNIN)) {
    return refuse(429, t("errors.rateLimited"));
  }
  // A route that had to look at the body first (to pick a form by its intent) passes it on;
  // null means it could not be read (or had too many fields).
  let form: FormData;
  if (args.form === null) {
    return { ok: false, status: 400, failure: { formError: t("errors.badRequest"), fieldErrors: {}, values: {} } };
  } else if (args.form) {
    form = args.form;
  } else {
    const body = await readFormBody(request);
    if (!body.ok && body.reason === "too-many-fields") return refuse(413, t("errors.payloadTooLarge"));
    if (!body.ok) return { ok: false, status: 400, failure: { formError: t("errors.badRequest"), fieldErrors: {}, values: {} } };
    form = body.form;
  }
  const values = keptValues(form);
  const fail = (status: 400 | 403, formError: string) => ({ ok: false, status, failure: { formError, fieldErrors: {}, values } }) as const;

  if (!isCsrfValid(request, form)) return fail(403, t("errors.csrf"));
  if (guard.kind === "public") {
    const trap = form.get(HONEYPOT_FIELD);
    if (typeof trap === "string" && trap !== "") return fail(400, t("errors.badRequest"));
  }

  const parsed = schema.safeParse(formToObject(form));
  if (!parsed.success) {
    const messages = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      if (!messages.has(field)) messages.set(field, issueMessage(issue, lang));
    }
    return { ok: false, status: 400, failure: { formError: t("errors.checkFields"), fieldErrors: inFormOrder(messages, form), values } };
  }
  return { ok: true, data: parsed.data, form };
}

/**
 * Field errors in the order the form sent its fields, which is the order the page shows them (the
 * error summary lists them so, whatever order the schema checks them in, and a form that puts the
 * family name first keeps it first). A radio group left unchosen sends nothing: its place is held
 * by a hidden `_at` naming it (ParticipationTypeChoice). Fields the form did not send follow.
 */
function inFormOrder(messages: Map<string, string>, form: FormData): Record<string, string> {
  const sent = [...new Set([...form.entries()].map(([key, value]) => (key === "_at" ? String(value) : key)))];
  const rank = (field: string) => (sent.includes(field) ? sent.indexOf(field) : sent.length);
  return Object.fromEntries([...messages].sort(([a], [b]) => rank(a) - rank(b)));
}

/** A calendar day as YYYY-MM-DD that exists (not 2027-02-31, which Date.parse reads as 3 March, nor 0000-00-00). */
export function calendarDay(message = "errors.format") {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1900-01-01";
    }, message);
}

/** Text fields: trimmed, no control or bidi-override characters, bounded length. */
export function cleanText(max: number) {
  return (
    z
      .string()
      // Browsers send textarea line breaks as CRLF; store plain LF so paragraphs split the same way everywhere.
      .transform((s) =>
        s
          .replace(/\r\n?/g, "\n")
          .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === "\n" || c === "\t" ? c : ""))
          .trim(),
      )
      .pipe(z.string().max(max))
  );
}

export function requiredText(max: number) {
  return cleanText(max).pipe(z.string().min(1));
}

/** Line breaks and control characters: a name that holds them could pass as more than a name in an email or a list. */
const breaksTheLine = (s: string) =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0)!;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
  });

/** Names of people and organisations, and titles: required, one line, and no angle brackets (nobody's name needs markup). */
export function nameText(max: number) {
  return z
    .string()
    .refine((s) => !breaksTheLine(s.trim()), "errors.oneLine")
    .pipe(requiredText(max))
    .refine((s) => !/[<>]/.test(s), "errors.noMarkup");
}

/**
 * An optional web address: empty becomes null; only http and https, so a stored link can never
 * run script when someone follows it (`javascript:` passes a bare URL check).
 */
/** A website, accepted without "https://" ("www.example.org" is kept as "https://www.example.org"). */
export function optionalWebUrl(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v && !/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(v) ? `https://${v}` : v))
    .pipe(z.union([z.literal(""), z.string().url({ protocol: /^https?$/, hostname: /\.[a-z]{2,}$|^localhost$/i, message: "errors.url" })]))
    .transform((v) => v || null);
}
