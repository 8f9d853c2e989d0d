import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("environment", () => {
  it("has working defaults: port 3000, data/ for the database and the mail folder", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, DATABASE_PATH: "data/portal.sqlite", MAIL_DIR: "data/mail", SEED_EXAMPLES: true });
  });
  it("stops with a message naming each bad variable", () => {
    expect(() => parseEnv({ PORT: "eighty", SMTP_URL: "http://mail" })).toThrow(/PORT[\s\S]*SMTP_URL|SMTP_URL[\s\S]*PORT/);
    expect(() => parseEnv({ SEED_EXAMPLES: "maybe" })).toThrow(/SEED_EXAMPLES/);
    expect(() => parseEnv({ MAX_BODY_BYTES: "1mb" })).toThrow(/MAX_BODY_BYTES/);
    expect(() => parseEnv({ MAX_UPLOAD_BYTES: "16M" })).toThrow(/MAX_UPLOAD_BYTES/);
  });
  it("links emails to the port it listens on when PUBLIC_URL is unset", () => {
    expect(parseEnv({}).PUBLIC_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3213" }).PUBLIC_URL).toBe("http://localhost:3213");
    expect(parseEnv({ PORT: "3213", PUBLIC_URL: "https://gda.example" }).PUBLIC_URL).toBe("https://gda.example");
  });
  it("reads TRUST_PROXY as Express means it: a whole number is a count of hops, not an address", () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toBe("loopback, 10.0.0.0/8");
  });
});
