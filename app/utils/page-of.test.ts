import { describe, expect, it } from "vitest";
import { pageOf } from "./page-of";

describe("a page of a list kept whole", () => {
  const list = Array.from({ length: 45 }, (_, i) => i + 1);
  it("gives the page asked for, and the last one for a page past it", () => {
    expect(pageOf(list, 1, 20)).toEqual({ items: list.slice(0, 20), page: 1, pages: 3 });
    expect(pageOf(list, 3, 20)).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pages: 3 });
    expect(pageOf(list, 99, 20).page).toBe(3);
    expect(pageOf(list, 0, 20).page).toBe(1);
  });
  it("has one page, empty, for an empty list", () => {
    expect(pageOf([], 4, 20)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
