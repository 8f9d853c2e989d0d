import { describe, expect, it } from "vitest";
import { translator } from "./translator";

describe("the components' translator", () => {
  const messages = {
    common: { nav: { events: "Événements" }, greeting: "Bonjour {{name}}, {{ name }} !", plain: "Sans valeur" },
    admin: { layout: { signOut: "Se déconnecter" } },
  };

  it("reads nested keys in the default namespace and fills {{values}}", () => {
    const t = translator(messages);
    expect(t("nav.events")).toBe("Événements");
    expect(t("greeting", { name: "Amina" })).toBe("Bonjour Amina, Amina !");
    expect(t("plain", { unused: 1 })).toBe("Sans valeur");
  });

  it("reads another namespace by prefix or as its default", () => {
    expect(translator(messages)("admin:layout.signOut")).toBe("Se déconnecter");
    expect(translator(messages, "admin")("layout.signOut")).toBe("Se déconnecter");
    expect(translator(messages, "admin")("common:nav.events")).toBe("Événements");
  });

  it("shows the key, not a crash, for a missing text or value", () => {
    const t = translator(messages);
    expect(t("nav.nowhere")).toBe("nav.nowhere");
    expect(t("nav")).toBe("nav");
    expect(t("greeting")).toBe("Bonjour {{name}}, {{ name }} !");
    expect(t("greeting", {})).toBe("Bonjour {{name}}, {{ name }} !");
  });
});

describe("the translator's plurals", () => {
  const messages = {
    common: {
      files: {
        n_zero: "لا ملفات",
        n_one: "ملف واحد",
        n_two: "ملفان",
        n_few: "{{count, number}} ملفات",
        n_many: "{{count, number}} ملفاً",
        n_other: "{{count, number}} ملف",
      },
    },
  };
  it("picks the CLDR form of the page's language and formats the number", () => {
    const t = translator(messages, "common", "ar");
    expect([0, 1, 2, 3, 11, 100].map((count) => t("files.n", { count }))).toEqual(["لا ملفات", "ملف واحد", "ملفان", "3 ملفات", "11 ملفاً", "100 ملف"]);
  });
  it("falls back to the other form when a language's form is missing", () => {
    expect(translator({ common: { k_other: "{{count}} x" } }, "common", "ru")("k", { count: 1 })).toBe("1 x");
  });

  it("finds a key asked again, with other values, the same way; and a namespace whose texts arrive later", () => {
    const arriving: Record<string, unknown> = { common: { greeting: "Bonjour {{name}}, {{missing}} {{n, number}}." } };
    const t = translator(arriving, "common", "fr");
    expect(t("greeting", { name: "Amina", n: 1200 })).toBe("Bonjour Amina, {{missing}} 1\u202f200.");
    expect(t("greeting", { name: "Li", n: 3 })).toBe("Bonjour Li, {{missing}} 3.");
    expect(t("admin:layout.signOut")).toBe("layout.signOut");
    arriving.admin = { layout: { signOut: "Se déconnecter" } };
    expect(t("admin:layout.signOut")).toBe("Se déconnecter");
  });
});
