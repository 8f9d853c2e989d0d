import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, scryptCost, verifyPassword } from "./password.server";

describe("password hashing", () => {
  it("stores scrypt with a random salt and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(new RegExp(`^scrypt\\$${scryptCost()}\\$8\\$1\\$`));
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterz", hash)).toBe(false);
  });

  it("hashes at OWASP cost everywhere but under vitest, and verifies a hash made at that cost", async () => {
    expect(scryptCost({ NODE_ENV: "production" })).toBe(2 ** 17);
    expect(scryptCost({ NODE_ENV: "test" })).toBe(2 ** 17);
    expect(scryptCost({})).toBe(2 ** 17);
    expect(scryptCost({ VITEST: "true" })).toBe(2 ** 10);
    const salt = crypto.randomBytes(16);
    const key = crypto.scryptSync("correct horse battery", salt, 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 2 ** 17 * 8 });
    const stored = `scrypt$131072$8$1$${salt.toString("base64")}$${key.toString("base64")}`;
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterz", stored)).toBe(false);
  });
});
