import type { ActionFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { action } from "../../app/routes/$lang.admin_.password-reset";
import { csrfTokenFrom } from "../../app/utils/csrf.server";
import { env } from "../../app/utils/env.server";

const token = csrfTokenFrom(undefined).token;
const ask = (email: string, clientIp: string) =>
  action({
    request: new Request("http://localhost:3000/en/admin/password-reset", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `gda_csrf=${token}` },
      body: new URLSearchParams({ _csrf: token, email }),
    }),
    params: { lang: "en" },
    context: { clientIp },
  } as unknown as ActionFunctionArgs) as Promise<Response | { init: { status: number } | null }>;
const status = (r: Response | { init: { status: number } | null }) => (r instanceof Response ? r.status : (r.init?.status ?? 200));

describe("asking for a staff password link", () => {
  it("is limited to RATE_LIMIT_SIGNIN requests per address of the requester, whatever accounts are named", async () => {
    const limit = env().RATE_LIMIT_SIGNIN;
    for (let i = 0; i < limit; i++) expect(status(await ask(`nobody${i}@example.org`, "198.51.100.7"))).toBe(302);
    expect(status(await ask("one-more@example.org", "198.51.100.7"))).toBe(429);
    // Someone else, elsewhere, is not held back.
    expect(status(await ask("other@example.org", "198.51.100.8"))).toBe(302);
  });
});
