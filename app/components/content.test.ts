import { describe, expect, it } from "vitest";
import { parseLongText } from "./content";

describe("parseLongText", () => {
  it("reads headings, paragraphs and lists, and joins wrapped paragraph lines", () => {
    const text = "## Objectives\n\nWe, the signatories,\nagree to:\n\n- cut emissions\n- publish data\nand more\n\nLast line.";
    expect(parseLongText(text)).toEqual([
      { kind: "h", text: "Objectives" },
      { kind: "p", text: "We, the signatories, agree to:" },
      { kind: "ul", items: ["cut emissions", "publish data"] },
      { kind: "p", text: "and more" },
      { kind: "p", text: "Last line." },
    ]);
  });
  it("keeps markup as text: nothing is interpreted as HTML", () => {
    expect(parseLongText("<script>alert(1)</script>")).toEqual([{ kind: "p", text: "<script>alert(1)</script>" }]);
  });
});
