import { describe, expect, it } from "vitest";
import { loader } from "~/routes/$lang.certificates.verify";

const ask = (query: string) =>
  (async () => {
    try {
      return await loader({ request: new Request(`http://localhost/en/certificates/verify${query}`), params: { lang: "en" }, context: {} } as never);
    } catch (thrown) {
      return thrown;
    }
  })();

describe("certificate verify form", () => {
  it("answers a code that cannot be one with 400, keeping what was typed", async () => {
    const answer = (await ask("?code=not-a-code")) as { init: ResponseInit | null; data: { invalid: boolean; typed: string } };
    expect(answer.init?.status).toBe(400);
    expect(answer.data).toMatchObject({ invalid: true, typed: "not-a-code" });
  });

  it("sends a well-formed code to its own address and shows the empty form with 200", async () => {
    const redirected = (await ask("?code=abcd efgh jkmn")) as Response;
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("Location")).toBe("/en/certificates/ABCD-EFGH-JKMN");
    const empty = (await ask("")) as { init?: ResponseInit | null };
    expect(empty.init?.status ?? 200).toBe(200);
  });
});
