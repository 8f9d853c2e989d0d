import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// A dash between two texts is punctuation of the page's language: Chinese writes "——" with no spaces
// (GB/T 15834; glossary: zh forbids a spaced dash), the others " — ". It comes from common:dash, never
// from a " — " written into the markup or a template string, which every language would then show.
describe("separators in the interface", () => {
  it("no page or component writes a spaced dash of its own between two texts", () => {
    const spacedDash = /(\}|"|>|`) — (\{|\$\{|<|")|\{" — "\}/;
    const offenders = sources(path.join(root, "app")).flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && spacedDash.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("common:dash is the language's own dash", () => {
    const dash = (lang: string) => (JSON.parse(fs.readFileSync(path.join(root, "locales", lang, "common.json"), "utf8")) as { dash: string }).dash;
    expect(dash("zh")).toBe("——");
    for (const lang of ["ar", "en", "es", "fr", "ru"]) expect(dash(lang)).toBe(" — ");
  });
});
