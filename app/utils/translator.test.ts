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
