import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";

describe("change histories", () => {
  it("name every action they show in all six languages", async () => {
    const { historyActions } = await import("./audit.server");
    for (const lang of languages) {
      const names = (await import(`../../locales/${lang}/admin.json`)).default.editor.action as Record<string, string>;
      for (const action of historyActions) expect(names[action], `${lang} editor.action.${action}`).toMatch(/\S/);
    }
  });

  it("name every change to a secretariat account in all six languages", async () => {
    const { accountActions } = await import("./staff-accounts.server");
    for (const lang of languages) {
      const names = (await import(`../../locales/${lang}/admin.json`)).default.accounts.action as Record<string, string>;
      for (const action of accountActions) expect(names[action], `${lang} accounts.action.${action}`).toMatch(/\S/);
    }
  });
});
