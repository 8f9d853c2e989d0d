import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { db, type Tx } from "~/utils/db.server";
import { hashToken, isTokenShaped, newToken } from "~/utils/tokens.server";

/**
 * The emailed single-use sign-in link that partners and focal points share: a link valid 15 minutes,
 * kept only as the sha256 of its token, used once by a button (so link scanners use nothing up),
 * and a session kept on the server. The tables differ only in whom the link opens: `owner`.
 */
export const SIGN_IN_LINK_TTL_MS = 15 * 60_000;

export type LinkState = "ready" | "used" | "expired" | "unknown";

/** HTTP status of the link page for each state: a used or lapsed link is gone, an unknown one never was. */
export const linkStatus = { ready: 200, used: 410, expired: 410, unknown: 404 } as const satisfies Record<LinkState, number>;

export type SignInLinkTable = SQLiteTable & {
  tokenHash: SQLiteColumn;
  expiresAt: SQLiteColumn;
  usedAt: SQLiteColumn;
};

type LinkRow = { owner: number; expiresAt: number; usedAt: number | null };

/** Where a kind of link is kept, and which of its columns names the person it signs in. */
export type SignInLinks = { table: SignInLinkTable; owner: SQLiteColumn; ownerKey: string };

/** A new link for `ownerId` (lapsed ones are cleared on the way): the token to put in the email. */
export function issueSignInLink(tx: Tx, links: SignInLinks, ownerId: number, now = Date.now(), ttl = SIGN_IN_LINK_TTL_MS) {
  tx.delete(links.table).where(lt(links.table.expiresAt, now)).run();
  const token = newToken();
  tx.insert(links.table)
    .values({ tokenHash: hashToken(token), [links.ownerKey]: ownerId, expiresAt: now + ttl } as never)
    .run();
  return token;
}

export function signInLinkStateOf(links: SignInLinks, token: string, now = Date.now()): LinkState {
  if (!isTokenShaped(token)) return "unknown";
  const row = db()
    .select({ owner: links.owner, expiresAt: links.table.expiresAt, usedAt: links.table.usedAt })
    .from(links.table)
    .where(eq(links.table.tokenHash, hashToken(token)))
    .get() as LinkRow | undefined;
  if (!row) return "unknown";
  if (row.usedAt !== null) return "used";
  return row.expiresAt <= now ? "expired" : "ready";
}

/**
 * Uses the link once, in the caller's transaction: the owner's id, or why not. Two clicks racing
 * on the same link: the UPDATE … WHERE used_at IS NULL lets one through.
 */
export function useSignInLink(tx: Tx, links: SignInLinks, token: string, now = Date.now()): { ok: true; ownerId: number } | { ok: false; state: LinkState } {
  const used = tx
    .update(links.table)
    .set({ usedAt: now } as never)
    .where(and(eq(links.table.tokenHash, hashToken(token)), isNull(links.table.usedAt), gt(links.table.expiresAt, now)))
    .returning({ owner: links.owner })
    .get() as Pick<LinkRow, "owner"> | undefined;
  if (!used) return { ok: false, state: signInLinkStateOf(links, token, now) };
  return { ok: true, ownerId: used.owner };
}
