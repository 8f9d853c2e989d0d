import crypto from "node:crypto";
import { randomBytes } from "./random.server";
import { keyedToken } from "./secret.server";

/** A 256-bit bearer secret for links and cookies (manage links, sign-in links, sessions, CSRF). */
export const newToken = () => randomBytes(32).toString("base64url");

/** What is stored when only a token's holder should be able to present it again. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** Cheap shape check before any lookup: 32 bytes in base64url are 43 characters. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * The token of a link the portal emails more than once (a registration's manage link, an
 * endorsement's withdraw link, a working group's unsubscribe link): an HMAC of the row under the
 * portal's secret, so it can be written into each email again while only its hash is stored.
 * `issuedAt` is the row's own time, so a row given a fresh start gets a fresh link.
 */
export const linkToken = (purpose: "registration" | "endorsement" | "unsubscribe" | "invitation", id: number, issuedAt: number) =>
  keyedToken(purpose, `${id}:${issuedAt}`);

/** A stored value that is already a hash (rows written before tokens were hashed hold the token itself). */
export const isTokenHash = (value: string) => /^[0-9a-f]{64}$/.test(value);

/** What a row holds before its id is known: the hash of a token nobody has. */
export const unusableTokenHash = () => hashToken(newToken());
