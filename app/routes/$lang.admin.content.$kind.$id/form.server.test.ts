import { beforeAll, describe, expect, it } from "vitest";
import { seedContent } from "../../../db/seed/index";
import { contentFields } from "./form.server";

beforeAll(() => {
  seedContent({ examples: false });
});

const announcedBy = (lang: "ar" | "ru" | "en") => {
  const field = contentFields.declarations(lang).find((f) => f.name === "circularId");
  if (!field || field.kind !== "select") throw new Error("no circular choice");
  return field.options.map((o) => o.label);
};

describe("a declaration's form", () => {
  it("offers the circular letters by their designation in the secretariat's language, as the public pages write them", () => {
    expect(announcedBy("ar")).toContain("الرسالة المعممة لمكتب تقييس الاتصالات (114)");
    expect(announcedBy("ru")).toContain("Циркуляр БСЭ 114");
    expect(announcedBy("en")).toContain("TSB Circular 114");
    // A letter's symbol is the same in every language.
    expect(announcedBy("ar")).toContain("CL-24/63");
  });
});

describe("a circular letter's form", () => {
  it("asks for the date as a date: «Place and date» heads the public page, and the place has its own field", () => {
    const labels = Object.fromEntries(contentFields.circulars("fr").map((f) => [f.name, f.label]));
    expect(labels.issuedOn).toBe("admin:content.issuedOn");
    expect(labels.place).toBe("admin:content.place");
  });
});
