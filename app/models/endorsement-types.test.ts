import { describe, expect, it } from "vitest";
import { inListOrder, type EndorserCategory } from "./endorsement-types";

const e = (category: EndorserCategory, name: string) => ({ category, name });

describe("inListOrder", () => {
  it("puts governments first, then each category, alphabetically within each", () => {
    const list = [
      e("academia", "Zeta University"),
      e("private-sector", "Acme"),
      e("government", "Government of Peru"),
      e("government", "Government of Chile"),
      e("academia", "Alpha Institute"),
    ];
    expect(list.sort(inListOrder("en")).map((x) => x.name)).toEqual([
      "Government of Chile",
      "Government of Peru",
      "Acme",
      "Alpha Institute",
      "Zeta University",
    ]);
  });

  it("sorts by the page language's rules, not by code point", () => {
    const names = ["Österreich", "Zypern", "Oman"].map((n) => e("government", n));
    expect(names.sort(inListOrder("de")).map((x) => x.name)).toEqual(["Oman", "Österreich", "Zypern"]);
    const fr = ["Égypte", "Zambie", "Espagne"].map((n) => e("government", n));
    expect(fr.sort(inListOrder("fr")).map((x) => x.name)).toEqual(["Égypte", "Espagne", "Zambie"]);
  });
});
