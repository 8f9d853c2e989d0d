import crypto from "node:crypto";

/**
 * Random bytes from the operating system's generator, drawn 4 KB at a time and handed out once
 * each, as Node's own crypto.randomUUID does: one call to the generator cost 8–9 µs on the portal's
 * machine, and every first visit needs two (the page's CSP nonce and the visitor's CSRF token).
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

export function randomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return crypto.randomBytes(size);
  if (offset + size > pool.length) {
    pool = crypto.randomBytes(POOL_BYTES);
    offset = 0;
  }
  // A copy, since the pool's bytes are zeroed once given: nothing left in memory can give that token again.
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}

/** The nonce a page's scripts carry in its Content-Security-Policy (server.js). */
export const cspNonce = () => randomBytes(16).toString("base64");
