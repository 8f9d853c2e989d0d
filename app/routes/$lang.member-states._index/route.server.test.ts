import { afterEach, describe, expect, it, vi } from "vitest";
import { endorseForGovernment } from "~/models/focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "~/models/focal-points.server";
import { insertDeclaration, newStaffId } from "~/test-support/fixtures";
import { cop30Declaration, focalPointDetails } from "~/test-support/focal-point-fixtures";
import { loader } from "./route";

const list = (lang: string, slug: string) =>
  loader({ request: new Request(`http://x/${lang}/member-states?declaration=${slug}`), params: { lang }, context: { cspNonce: "", clientIp: "127.0.0.1" } });
/** The status cell of a Member State's row, as the page writes it. */
const statusOf = (view: ReturnType<typeof list>, code: string) =>
  new RegExp(`<tr data-country="${code}">.*?<td class="ms-status ms-([a-z-]+)">`).exec(view.tablesHtml)?.[1];

describe("the Member States' list, kept for its readers until the next write", () => {
  it("shows a government's endorsement as soon as its focal point records it", async () => {
    const d = cop30Declaration();
    const before = list("es", d.slug);
    expect(statusOf(before, "UY")).toBe("not-recorded");
    // The same view, not one made again: kept until the write below.
    expect(list("es", d.slug).declarations).toBe(before.declarations);
    designateFocalPoint("UY", focalPointDetails("UY", "focal@uy.example"), await newStaffId());
    expect(endorseForGovernment(focalPointsOf("UY")[0]!, d.slug, null)).toBe("done");
    expect(statusOf(list("es", d.slug), "UY")).toBe("endorsed");
    expect(list("es", d.slug).endorsed).toBe("1");
  });

  afterEach(() => vi.useRealTimers());

  it("offers a declaration in its selector once it opens for endorsement, with no write in between", () => {
    const now = Date.now();
    const opening = insertDeclaration({ slug: "opens-later", title: { en: "Opens later" }, endorsementOpensAt: now + 3_600_000 });
    const offered = () => list("en", "").declarations.map((d) => d.slug);
    expect(offered()).not.toContain(opening.slug);
    vi.useFakeTimers({ now: now + 2 * 3_600_000, toFake: ["Date"] });
    expect(offered()).toContain(opening.slug);
  });

  it("keeps one view for every unknown declaration asked for, the one it shows", () => {
    const shown = list("fr", "no-such-declaration-1");
    expect(list("fr", "no-such-declaration-2").declarations).toBe(shown.declarations);
    expect(list("fr", shown.selected!.slug).declarations).toBe(shown.declarations);
  });
});
