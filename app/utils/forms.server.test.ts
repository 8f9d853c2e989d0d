import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarDay, cleanText, issueMessage, nameText, optionalWebUrl } from "./forms.server";
import { getT } from "./i18n.server";

describe("form field rules", () => {
  it("accepts only http and https links, so a stored link cannot run script", () => {
    const url = optionalWebUrl(500);
    expect(url.parse("")).toBeNull();
    expect(url.parse(" https://example.org/report.pdf ")).toBe("https://example.org/report.pdf");
    expect(url.parse("http://example.org")).toBe("http://example.org");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>", "ftp://example.org", "not a url"]) {
      const r = url.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("errors.url");
    }
    expect(url.safeParse(`https://example.org/${"a".repeat(600)}`).success).toBe(false);
  });

  it("accepts a website typed without https:// and stores it with it", () => {
    const url = optionalWebUrl(500);
    expect(url.parse("www.example.org")).toBe("https://www.example.org");
    expect(url.parse(" example.org/report.pdf ")).toBe("https://example.org/report.pdf");
    expect(url.parse("example.org:8443/x")).toBe("https://example.org:8443/x");
    expect(url.safeParse("not a url").success).toBe(false);
    expect(url.safeParse("nodot").success).toBe(false);
  });

  it("removes control and bidi-override characters from free text", () => {
    expect(cleanText(100).parse("  Good\u202Enews\u0007 ")).toBe("Goodnews");
    expect(cleanText(100).parse("One.\r\n\r\nTwo.\rThree.")).toBe("One.\n\nTwo.\nThree.");
  });
});

describe("names of people and organisations", () => {
  it("are one line: a line break or a control character gets a localized field error, in English and in Arabic", () => {
    const schema = z.object({ organisation: nameText(300) });
    for (const bad of ["Your ITU account\nexpires today", "ITU\r\nSecretariat", "Tab\there", "Bell\u0007", "Line\u2028separator"]) {
      const r = schema.safeParse({ organisation: bad });
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(issueMessage(r.error!.issues[0]!, "en")).toBe(getT("en", "common")("errors.oneLine"));
      expect(issueMessage(r.error!.issues[0]!, "ar")).toBe(getT("ar", "common")("errors.oneLine"));
    }
    expect(getT("ar", "common")("errors.oneLine")).not.toBe(getT("en", "common")("errors.oneLine"));
    expect(schema.parse({ organisation: "  Ministère de l'Économie numérique " })).toEqual({ organisation: "Ministère de l'Économie numérique" });
  });

  it("takes only calendar days that exist", () => {
    const day = calendarDay();
    for (const good of ["2027-02-28", "2028-02-29", "1990-01-01", "2099-12-31"]) expect(day.safeParse(good).success, good).toBe(true);
    for (const bad of ["2027-02-31", "2027-02-29", "2024-99-99", "0000-00-00", "2024-13-01", "2024-04-31", "24-01-01", "2024-1-1"]) {
      expect(day.safeParse(bad).success, bad).toBe(false);
    }
  });
});
