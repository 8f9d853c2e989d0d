import { describe, expect, it } from "vitest";
import { languages } from "../app/utils/i18n";
import { getT } from "../app/utils/i18n.server";
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

// The join link is the event's, the same for every participant: only the manage link is personal.
const personal = /personal|personnel|персональн|личн|个人|الشخصي/i;

describe("the join link, in the emails and on the registration page", () => {
  for (const lang of languages) {
    it(`is pointed to as the link it is in plain text, and not called personal (${lang})`, () => {
      const email = renderEmail("registration-starting", lang, { ...props, joinUrl: "https://itu.example/j/42" });
      expect(email.text).toContain("https://itu.example/j/42");
      expect(email.text).not.toMatch(button);
      const confirmed = renderEmail("registration-confirmed", lang, { ...props, joinUrl: "https://itu.example/j/42" });
      expect(confirmed.text).toContain(getT(lang, "email")("registration.joinIntro"));
      expect(getT(lang, "email")("registration.joinIntro")).not.toMatch(personal);
      expect(getT(lang)("manage.joinIntro")).not.toMatch(personal);
    });
  }
});

// Sign-in and invitation emails send the reader to their link: the plain-text part has no button.
const pointingToTheLink = ["partnerAccepted.body", "partnerSignIn.body", "focalPointSignIn.body", "participationInvitation.body"] as const;

describe("the sign-in and invitation emails", () => {
  for (const lang of languages) {
    it(`point to the link, not to a button (${lang})`, () => {
      const t = getT(lang, "email");
      for (const key of pointingToTheLink) expect(t(key, { organisation: "O", country: "C", event: "E", type: "T" }), key).not.toMatch(button);
    });
  }
});
