import { describe, expect, it } from "vitest";
import { cspNonce, randomBytes } from "./random.server";
import { newToken } from "./tokens.server";

describe("random bytes drawn from a pool", () => {
  it("hands out each byte once: no two draws alike across several refills of the pool", () => {
    const seen = new Set<string>();
    // 32 bytes × 1,000 = eight pools of 4 KB.
    for (let i = 0; i < 1000; i++) seen.add(randomBytes(32).toString("hex"));
    expect(seen.size).toBe(1000);
  });

  it("gives a buffer of its own, which later draws do not change", () => {
    const first = randomBytes(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 300; i++) randomBytes(32);
    expect(first.equals(copy)).toBe(true);
    expect(first.every((b) => b === 0)).toBe(false);
  });

  it("draws more than a pool holds straight from the generator", () => {
    expect(randomBytes(5000)).toHaveLength(5000);
  });

  it("makes tokens and nonces of the sizes the portal checks", () => {
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cspNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newToken()).not.toBe(newToken());
  });
});
