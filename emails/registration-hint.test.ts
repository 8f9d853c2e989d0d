import { describe, expect, it } from "vitest";
import { languages } from "../app/utils/i18n";
import { renderEmail } from "./render";

const props = {
  fullName: "Amina Diallo",
  eventTitle: "Workshop",
  when: "1 December 2026",
  venue: "Geneva",
  eventUrl: "https://example.org/e",
  manageUrl: "https://example.org/m",
};
// The word for a button in each language: the plain-text part has none to point to.
const button = /button|bouton|botón|кнопк|按钮|زر/i;

describe("the registration emails' hint to keep the personal link", () => {
  for (const lang of languages) {
    it(`points to the link, which the plain text has, not to a button (${lang})`, () => {
      const email = renderEmail("registration-confirmed", lang, props);
      expect(email.text).toContain(props.manageUrl);
      expect(email.text).not.toMatch(button);
    });
  }
});
