import fs from "node:fs";
import path from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { FONT_DIR, MENU, portalCharacters, SOURCE } from "../../scripts/web-font-zh";

const font = (file: string) => create(fs.readFileSync(path.join(FONT_DIR, file)));

describe("the Chinese web fonts (for devices without a Chinese font)", () => {
  it("hold every Chinese character the portal writes: run `npx tsx scripts/web-font-zh.ts` after adding new ones", () => {
    const source = create(fs.readFileSync(SOURCE));
    const ui = font("noto-sans-sc-ui.woff2");
    const chars = portalCharacters().filter((c) => source.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(chars.length).toBeGreaterThan(1000);
    expect(chars.filter((c) => !ui.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
  });

  it("give the language menu's «中文» its own small file, the only one a page in another language loads", () => {
    const menu = font("noto-sans-sc-menu.woff2");
    for (const c of MENU) expect(menu.hasGlyphForCodePoint(c.codePointAt(0)!)).toBe(true);
    expect(fs.statSync(path.join(FONT_DIR, "noto-sans-sc-menu.woff2")).size).toBeLessThan(2048);
    const css = fs.readFileSync(path.join(FONT_DIR, "../app.css"), "utf8");
    expect(css).toContain('url("./fonts/noto-sans-sc-menu.woff2")');
    expect(css).toMatch(/unicode-range: U\+4E2D, U\+6587;/);
  });
});
