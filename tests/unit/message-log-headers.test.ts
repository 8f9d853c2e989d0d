import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";

// The log of messages sent to an event's registrants has one column for whom the message went to
// (the audience) and one for how many received it; in French both were headed « Destinataires »,
// so the officer could not tell the two columns apart.
describe("the sent-messages log names each column differently", () => {
  it.each(languages)("%s: the audience and the count have different headers", async (lang) => {
    const m = (await import(`../../locales/${lang}/admin.json`)).default.messages;
    const headers = [m.when, m.subject, m.to, m.recipients, m.by];
    expect(headers.every((h) => typeof h === "string" && h.length > 0)).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
