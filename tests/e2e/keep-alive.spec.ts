import net from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/env";

/**
 * A page that answers a POST without reading all of its body (a 405 on a page without a form, a
 * form refused for want of its token) must leave the connection usable: browsers and proxies send
 * the next request on it. Above ~100 kB of unread body, the next request used to wait for ever.
 */

/** Sends the requests one after the other on one socket; resolves with the status of each answer, or of those that came. */
function onOneConnection(requests: string[], waitMs = 5_000): Promise<number[]> {
  return new Promise((resolve) => {
    const socket = net.connect(E2E_PORT, "127.0.0.1");
    let received = "";
    const statuses = () => [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    const done = () => {
      socket.destroy();
      resolve(statuses());
    };
    const timer = setTimeout(done, waitMs);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      // Every answer has begun: a moment for the last one's body, then done.
      if (statuses().length === requests.length) {
        clearTimeout(timer);
        setTimeout(done, 300);
      }
    });
    socket.on("error", done);
    socket.on("connect", () => socket.write(requests.join("")));
  });
}

const post = (path: string, body: string) =>
  `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

for (const [what, path] of [
  ["a page without a form (405)", "/en/events"],
  ["a form sent without its token (403)", "/fr/partners/join"],
] as const) {
  test(`a 300 kB POST to ${what} leaves the connection answering the next request`, async () => {
    const statuses = await onOneConnection([post(path, `motivation=${"x".repeat(300_000)}`), get("/healthz")]);
    expect(statuses[0]).toBeGreaterThanOrEqual(400);
    expect(statuses[0]).toBeLessThan(500);
    expect(statuses).toHaveLength(2);
    expect(statuses[1]).toBe(200);
  });
}
