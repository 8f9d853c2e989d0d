import { describe, expect, it } from "vitest";
import { getT } from "~/utils/i18n.server";
import { renderEmail } from "./render";

describe("the plain-text part of an email", () => {
  it("writes a link whose label is its own address once, not twice", () => {
    const url = "https://example.org/zh/certificates/ABCD-EFGH-JKLM";
    const mail = renderEmail("certificate-issued", "zh", { fullName: "王䶮明", eventTitle: "绿色数字行动圆桌会议", code: "ABCD-EFGH-JKLM", verifyUrl: url });
    expect(mail.text.split(url)).toHaveLength(2);
  });
});

describe("the email an hour before an online event", () => {
  it("says once how to join: its opening sentence already asks to use the link and not to forward it", () => {
    for (const lang of ["zh", "ar", "fr"] as const) {
      const mail = renderEmail("registration-starting", lang, {
        fullName: "王䶮明",
        eventTitle: "绿色数据中心网络研讨会",
        when: "2026年12月10日星期四 GMT+3 14:00–15:30",
        venue: "在线",
        eventUrl: "https://example.org/e",
        manageUrl: "https://example.org/m",
        joinUrl: "https://itu.example/j/42",
      });
      expect(mail.text).toContain("https://itu.example/j/42");
      expect(mail.text).not.toContain(getT(lang, "email")("registration.joinIntro"));
    }
  });
});

describe("direction marks in an email", () => {
  const url = "https://example.org/certificates/ABCD-EFGH-JKLM";
  const issued = (lang: "ru" | "ar", eventTitle: string) =>
    renderEmail("certificate-issued", lang, { fullName: "A B", eventTitle, code: "ABCD-EFGH-JKLM", verifyUrl: url });
  const marks = /[\u2068\u2069]/;

  it("are left out of a left-to-right email where no value runs right to left (code pages turn them into ?)", () => {
    const mail = issued("ru", "Зеленые стандарты ИКТ (Green ICT standards)");
    expect(mail.text).toContain("Зеленые стандарты ИКТ (Green ICT standards)");
    expect(mail.text).not.toMatch(marks);
    expect(mail.html).not.toMatch(marks);
  });

  it("stay around an Arabic value in a left-to-right email, and around every value in an Arabic one", () => {
    expect(issued("ru", "معايير تكنولوجيا المعلومات الخضراء").text).toContain("\u2068معايير تكنولوجيا المعلومات الخضراء\u2069");
    expect(issued("ar", "Green ICT standards").text).toContain("\u2068Green ICT standards\u2069");
  });
});

describe("an email's letter form", () => {
  it("opens with its salutation as a line of the letter, not a heading, and closes with the formula and the secretariat's signature", () => {
    for (const lang of ["es", "ar", "zh"] as const) {
      const t = getT(lang, "email");
      const mail = renderEmail("registration-verify", lang, { eventTitle: "Taller", manageUrl: "https://example.org/m" });
      expect(mail.html).not.toContain("<h1");
      expect(mail.html).toContain(`<p style="margin:0 0 16px">${t("greeting")}</p>`);
      expect(mail.text).toContain(`${t("closing")}\n${t("signature")}\n`);
      expect(mail.html).toContain(t("signature"));
    }
  });
});
