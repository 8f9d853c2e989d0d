import crypto from "node:crypto";

/** A 256-bit bearer secret for links and cookies (manage links, sign-in links, sessions, CSRF). */
export const newToken = () => crypto.randomBytes(32).toString("base64url");

/** What is stored when only a token's holder should be able to present it again. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** Cheap shape check before any lookup: 32 bytes in base64url are 43 characters. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
