import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedContent } from "../../db/seed/index";
import { loader } from "./$lang.working-groups._index";

const list = () => loader({ request: new Request("http://x/es/working-groups"), params: { lang: "es" }, context: { cspNonce: "", clientIp: "127.0.0.1" } });

beforeAll(() => seedContent({ examples: false }));
afterEach(() => vi.useRealTimers());

describe("the list of working groups, kept for its readers", () => {
  it("is the same for every reader of a day until a write, and worked out again the next day (milestones fall due by the day)", () => {
    const today = list().groups;
    expect(today.length).toBeGreaterThan(0);
    expect(list().groups).toBe(today);
    vi.useFakeTimers({ now: Date.now() + 86_400_000, toFake: ["Date"] });
    const tomorrow = list().groups;
    expect(tomorrow).not.toBe(today);
    expect(tomorrow.map((g) => g.slug)).toEqual(today.map((g) => g.slug));
  });
});
