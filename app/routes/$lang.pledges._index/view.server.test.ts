import { beforeAll, describe, expect, it } from "vitest";
import { seedContent } from "../../../db/seed/index";
import { acceptedPartners, pledgeInput } from "~/test-support/fixtures";
import { moderatePledge, submitPledge } from "~/models/pledges.server";
import { createStaffUser } from "~/models/staff.server";
import { listPillars } from "~/models/pillars.server";
import { pledgeDirectory } from "./view.server";

let staffId = 0;
let orgId = 0;
let userId = 0;
const pledge = (title: string) => pledgeInput(listPillars().find((p) => p.slug === "ict-emissions")!.id, { title, startsOn: "2025-01-01" });
const publish = (title: string) => moderatePledge(submitPledge(orgId, userId, pledge(title)), "publish", null, staffId);

beforeAll(async () => {
  seedContent({ examples: false });
  staffId = (await createStaffUser({ email: "pledge-rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
  ({ orgId, userId } = acceptedPartners(staffId, [{ organisation: "Operadora Kept", email: "k@op.example", country: "CL" }])["k@op.example"]!);
  publish("First kept pledge");
});

describe("the pledge directory", () => {
  it("is kept for every reader of a language, filter and page until the next write, which shows", () => {
    const first = pledgeDirectory("es", new URLSearchParams("country=CL"));
    expect(first.items.map((p) => p.title)).toEqual(["First kept pledge"]);
    expect(pledgeDirectory("es", new URLSearchParams("country=CL"))).toBe(first);
    expect(pledgeDirectory("es", new URLSearchParams("country=CL&page=2"))).not.toBe(first);
    publish("Second kept pledge");
    const after = pledgeDirectory("es", new URLSearchParams("country=CL"));
    expect(after.total).toBe(2);
    expect(after.items.map((p) => p.title).sort()).toEqual(["First kept pledge", "Second kept pledge"]);
  });
});
