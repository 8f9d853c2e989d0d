import path from "node:path";
import { z } from "zod";

const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback)
    .transform((v) => v === "true" || v === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATABASE_PATH: z.string().min(1).default("data/portal.sqlite"),
    MAIL_DIR: z.string().min(1).default("data/mail"),
    LETTERS_DIR: z.string().min(1).default("data/letters"),
    MATERIALS_DIR: z.string().min(1).default("data/materials"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Green Digital Action <green@localhost>"),
    /** When unset, the address the server itself listens on (http://localhost:PORT), so that emailed links open. */
    PUBLIC_URL: z.string().url().optional(),
    RATE_LIMIT_PUBLIC: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_SIGNIN: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(2000),
    OUTBOX_YIELD_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
    OUTBOX_RETRY_SCALE: z.coerce.number().positive().default(1),
    SEED_EXAMPLES: flag("true"),
    /** How long a public page may be served again from memory; 0 renders every request. */
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
    /** After a write, how long a kept page may still be served while one request renders its replacement; 0 drops it at once. */
    PAGE_CACHE_STALE_MS: z.coerce.number().int().min(0).max(5000).default(2000),
    /**
     * Within the stale window, a kept page rendered less than this long ago is served as it is after a
     * write, and rendered again only once this has passed: at twenty registrations a second, a page is
     * rendered at most four times a second instead of twenty (decision 016). 0: rendered after every write.
     */
    PAGE_CACHE_REFRESH_MS: z.coerce.number().int().min(0).max(2000).default(250),
    SECURE_COOKIES: flag("false"),
    /** Send `X-Page-Cache: hit` on pages served from memory (for measuring; it tells visitors what others did). */
    PAGE_CACHE_HEADER: flag("false"),
    /** Signs CSRF cookies and derives emailed links; when unset, one is made and kept in data/secret.key. */
    PORTAL_SECRET: z
      .string()
      .min(32, "must be at least 32 characters")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** How long a seat stays held for a registrant who has not yet confirmed their address. */
    SEAT_HOLD_MINUTES: z.coerce.number().int().min(1).max(10080).default(60),
    /** Seats held at one event for unproven registrations from one network address, per hold's lifetime. */
    SEAT_HOLDS_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
    /** Emails to one mailbox from all public forms together, per hour, asked for from one network. */
    MAX_EMAILS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(3),
    /** Emails to one mailbox from all public forms together, per hour, whoever asks. */
    MAX_EMAILS_PER_MAILBOX_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
    /** Letters of endorsements nobody has verified yet: total size, and how many one address may leave waiting. */
    UNVERIFIED_LETTERS_MAX_MB: z.coerce.number().positive().default(200),
    UNVERIFIED_LETTERS_PER_IP: z.coerce.number().int().min(1).default(5),
    /** Retention (README "Retention"): days after which personal data goes. */
    RETAIN_CANCELLED_REGISTRATIONS_DAYS: z.coerce.number().int().min(1).default(30),
    RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS: z.coerce.number().int().min(1).default(365),
    RETAIN_CLOSED_ENDORSEMENTS_DAYS: z.coerce.number().int().min(1).default(30),
    RETAIN_EMAIL_BODIES_DAYS: z.coerce.number().int().min(1).default(30),
    /** Read by server.js, checked here so that a typo stops the start instead of lifting the limit (NaN compares false). */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024),
    /**
     * Express's `trust proxy`, read from text: "true"/"false" as booleans and a whole number as a count of
     * hops, as Express means them (given as text, Express reads "1" as the address 0.0.0.1 and stops on "true").
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v) => {
        if (v === undefined || v === "") return undefined;
        if (v === "true" || v === "false") return v === "true";
        return /^\d+$/.test(v) ? Number(v) : v;
      }),
  })
  .transform((e) => ({ ...e, PUBLIC_URL: e.PUBLIC_URL ?? `http://localhost:${e.PORT}` }));

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and checks the environment once; a bad value stops start-up with a message naming it. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variable(s):\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function resolveFromRoot(p: string) {
  return path.isAbsolute(p) ? p : path.resolve(process.cwd(), p);
}

/** The portal's public address without a trailing slash, for links in emails, feeds and hreflang. */
export function publicOrigin() {
  return env().PUBLIC_URL.replace(/\/$/, "");
}
