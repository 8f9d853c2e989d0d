import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("environment", () => {
  it("has working defaults: port 3000, data/ for the database and the mail folder", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, DATABASE_PATH: "data/portal.sqlite", MAIL_DIR: "data/mail", SEED_EXAMPLES: true });
  });
  it("stops with a message naming each bad variable", () => {
    expect(() => parseEnv({ PORT: "eighty", SMTP_URL: "http://mail" })).toThrow(/PORT[\s\S]*SMTP_URL|SMTP_URL[\s\S]*PORT/);
    expect(() => parseEnv({ SEED_EXAMPLES: "maybe" })).toThrow(/SEED_EXAMPLES/);
  });
});
