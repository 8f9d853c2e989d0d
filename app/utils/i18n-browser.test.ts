import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allMessages, messageScript } from "./i18n.server";

const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));

describe("the texts sent to the browser", () => {
  it("leave out the privacy notice, which only its page without scripts shows, and keep what forms name", () => {
    const ru = allMessages().ru!.common as { privacy: { title: string; consentLink: string; registration: { heading: string } } };
    const body = messageScript("ru", "common").body;
    expect(body).toContain(JSON.stringify(ru.privacy.title));
    expect(body).toContain(JSON.stringify(ru.privacy.consentLink));
    expect(body).not.toContain(ru.privacy.registration.heading);
  });

  it("while every link to the privacy notice is a plain link, so the browser never draws that page itself", () => {
    const remixLinks = files("app").filter((f) => /<(Nav)?Link[^>]*to=\{?[`"'][^`"']*privacy/.test(fs.readFileSync(f, "utf8")));
    expect(remixLinks).toEqual([]);
  });
});
