import { describe, expect, it } from "vitest";
import { endorseForGovernment } from "~/models/focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "~/models/focal-points.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration, focalPointDetails } from "~/test-support/focal-point-fixtures";
import { loader } from "./route";

const list = (lang: string, slug: string) =>
  loader({ request: new Request(`http://x/${lang}/member-states?declaration=${slug}`), params: { lang }, context: { cspNonce: "", clientIp: "127.0.0.1" } });
const statusOf = (view: ReturnType<typeof list>, code: string) => view.regions.flatMap((r) => r.states).find((s) => s.code === code)?.status;

describe("the Member States' list, kept for its readers until the next write", () => {
  it("shows a government's endorsement as soon as its focal point records it", async () => {
    const d = cop30Declaration();
    const before = list("es", d.slug);
    expect(statusOf(before, "UY")).toBe("not-recorded");
    expect(list("es", d.slug).regions).toBe(before.regions);
    designateFocalPoint("UY", focalPointDetails("UY", "focal@uy.example"), await newStaffId());
    expect(endorseForGovernment(focalPointsOf("UY")[0]!, d.slug, null)).toBe("done");
    expect(statusOf(list("es", d.slug), "UY")).toBe("endorsed");
    expect(list("es", d.slug).endorsed).toBe("1");
  });
});
