import fs from "node:fs";
import path from "node:path";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TranslatorContext } from "~/utils/translator";
import type { Lang } from "~/utils/i18n";
import { InParentheses } from "./content";

const common = (lang: Lang) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../locales/${lang}/common.json`), "utf8"));
const render = (lang: Lang, children: ReactNode) =>
  renderToStaticMarkup(
    createElement(TranslatorContext.Provider, { value: { lang, messages: { common: common(lang) } } }, createElement(InParentheses, null, children)),
  );

describe("InParentheses", () => {
  it("writes Chinese parentheses full-width, with no space, and the others' after a space", () => {
    expect(render("zh", createElement("bdi", null, "工业和信息化部"))).toBe("（<bdi>工业和信息化部</bdi>）");
    expect(render("en", "1 kB")).toBe(" (1 kB)");
    expect(render("ar", "1 كيلوبايت")).toBe(" (1 كيلوبايت)");
  });
});
