import { describe, expect, it } from "vitest";
import { endorsementOf, insertDeclaration } from "~/test-support/fixtures";
import { loader } from "./route";

const approve = (declarationId: number, organisation: string, country: string) => endorsementOf(declarationId, { organisation, country });
const page = (slug: string, query = "") =>
  loader({
    request: new Request(`http://x/fr/declarations/${slug}/endorsers${query}`),
    params: { lang: "fr", slug },
    context: { cspNonce: "", clientIp: "127.0.0.1" },
  });
const names = (p: ReturnType<typeof page>) => p.groups.flatMap((g) => g.endorsers.map((e) => e.name));

describe("a declaration's endorsers, kept for their readers until the next write", () => {
  it("lists a new approval at once, and keeps the page the same for every reader until then", () => {
    const d = insertDeclaration({ slug: "kept-endorsers", title: { en: "Kept" } });
    approve(d.id, "Alpha Telecom", "KE");
    const first = page(d.slug);
    expect(names(first)).toEqual(["Alpha Telecom"]);
    expect(page(d.slug)).toBe(first);
    expect(page(d.slug, "?country=KE&x=1")).not.toBe(first);
    approve(d.id, "Beta Networks", "SN");
    expect(names(page(d.slug))).toEqual(["Alpha Telecom", "Beta Networks"]);
    expect(page(d.slug).total).toBe("2");
  });
});
