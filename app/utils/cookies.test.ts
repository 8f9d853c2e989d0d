import { describe, expect, it } from "vitest";
import { cookieFrom, serializeCookie } from "./cookies.server";

describe("cookies over HTTPS", () => {
  it("are named with the __Host- prefix, sent Secure for the whole site and no Domain", () => {
    const header = serializeCookie("gda_csrf", "abc", { secure: true });
    expect(header).toBe("__Host-gda_csrf=abc; Path=/; SameSite=Lax; HttpOnly; Secure");
    expect(cookieFrom("__Host-gda_csrf=abc", "gda_csrf", true)).toBe("abc");
  });

  it("ignore a cookie of the bare name, which a sibling host or a plain-http page could have planted", () => {
    expect(cookieFrom("gda_csrf=planted", "gda_csrf", true)).toBeUndefined();
    expect(cookieFrom("gda_csrf=planted; __Host-gda_csrf=mine", "gda_csrf", true)).toBe("mine");
  });

  it("keep their bare name over plain http (a local install), where the prefix would make browsers refuse them", () => {
    expect(serializeCookie("gda_lang", "ar", { secure: false, maxAgeSeconds: 60 })).toBe("gda_lang=ar; Path=/; SameSite=Lax; HttpOnly; Max-Age=60");
    expect(cookieFrom("gda_lang=ar", "gda_lang", false)).toBe("ar");
  });
});
