import { describe, expect, it } from "vitest";
import { isolate, isolateValues, stripIsolates } from "./bidi";

describe("bidi isolation of typed text", () => {
  it("wraps a value in first-strong isolate marks, and leaves numbers and links alone", () => {
    expect(isolate("Green NGO.")).toBe("\u2068Green NGO.\u2069");
    expect(isolateValues({ organisation: "وزارة", count: 3, url: "https://x.org" })).toEqual({
      organisation: "\u2068وزارة\u2069",
      count: 3,
      url: "https://x.org",
    });
    expect(stripIsolates(isolate("x"))).toBe("x");
  });
});
