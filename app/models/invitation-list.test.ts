import { describe, expect, it } from "vitest";
import { parseInvitationList } from "./invitation-list";

describe("a pasted or uploaded list of invitees", () => {
  it("reads email, optional name and language, skips a header and blank lines, keeps a repeated address once", () => {
    const text = '\uFEFFemail,name,language\r\namina@example.org, "Diallo, Amina", fr\r\n\r\nchen@example.org;;zh\nAMINA@example.org\nlee@example.org';
    expect(parseInvitationList(text, "en")).toEqual({
      ok: true,
      rows: [
        { email: "amina@example.org", name: "Diallo, Amina", lang: "fr" },
        { email: "chen@example.org", name: null, lang: "zh" },
        { email: "lee@example.org", name: null, lang: "en" },
      ],
    });
  });

  it("names the first bad line and accepts nothing", () => {
    expect(parseInvitationList("a@example.org\nnot an address\n", "en")).toEqual({ ok: false, line: 2 });
    expect(parseInvitationList("a@example.org,A,de", "en")).toEqual({ ok: false, line: 1 });
  });
});
