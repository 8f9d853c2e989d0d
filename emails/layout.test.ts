import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";

describe("the plain-text part of an email", () => {
  it("writes a link whose label is its own address once, not twice", () => {
    const url = "https://example.org/zh/certificates/ABCD-EFGH-JKLM";
    const mail = renderEmail("certificate-issued", "zh", { fullName: "王䶮明", eventTitle: "绿色数字行动圆桌会议", code: "ABCD-EFGH-JKLM", verifyUrl: url });
    expect(mail.text.split(url)).toHaveLength(2);
  });
});
