import { describe, expect, it } from "vitest";
import { lowerCaseCountryAddress } from "./http.server";

const thrown = (url: string, iso2: string | undefined) => {
  try {
    lowerCaseCountryAddress(new Request(url), iso2);
  } catch (e) {
    return e as Response;
  }
  return null;
};

describe("a country's address", () => {
  it("sends a code in capitals to the lower-case page, keeping the query, on public and staff pages alike", () => {
    const public_ = thrown("http://x.test/fr/member-states/EG?page=2", "EG");
    expect([public_?.status, public_?.headers.get("Location")]).toEqual([301, "/fr/member-states/eg?page=2"]);
    expect(thrown("http://x.test/ar/admin/member-states/Eg", "Eg")?.headers.get("Location")).toBe("/ar/admin/member-states/eg");
  });

  it("never sends the browser to another site", () => {
    expect(thrown("http://x.test//evil.example/member-states/EG", "EG")?.headers.get("Location")).toBe("/evil.example/member-states/eg");
  });

  it("never answers with its own address: a trailing slash or an escaped letter, which the route reads as the code, still leads to the lower-case page", () => {
    expect(thrown("http://x.test/fr/member-states/EG/", "EG")?.headers.get("Location")).toBe("/fr/member-states/eg");
    expect(thrown("http://x.test/fr/member-states/%45G?page=2", "EG")?.headers.get("Location")).toBe("/fr/member-states/eg?page=2");
    expect(thrown("http://x.test/fr/admin/member-states/e%47/", "eG")?.headers.get("Location")).toBe("/fr/admin/member-states/eg");
  });

  it("leaves a lower-case code, and anything that is no two-letter code, to the page", () => {
    expect(thrown("http://x.test/fr/member-states/eg", "eg")).toBeNull();
    expect(thrown("http://x.test/fr/member-states/EGY", "EGY")).toBeNull();
    expect(thrown("http://x.test/fr/member-states/", undefined)).toBeNull();
  });
});
