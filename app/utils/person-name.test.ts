import { describe, expect, it } from "vitest";
import { fullName } from "./person-name";

describe("a registrant's full name", () => {
  it("writes a Chinese name family name first, without a space", () => {
    expect(fullName("娜", "李")).toBe("李娜");
    expect(fullName("伟", "欧阳")).toBe("欧阳伟");
  });

  it("keeps every other name as given name then family name", () => {
    expect(fullName("Claire", "Dupont")).toBe("Claire Dupont");
    expect(fullName("عمر", "Ben Ali")).toBe("عمر Ben Ali");
    expect(fullName("Na", "李")).toBe("Na 李");
  });
});
