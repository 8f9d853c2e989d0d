import { beforeAll, describe, expect, it } from "vitest";
import { seedContent } from "../../../db/seed/index";
import { emissionsDirectory } from "./view.server";
import { acceptedPartners, disclosureInput } from "~/test-support/fixtures";
import { disclosureQueue, moderateDisclosure, submitDisclosure } from "~/models/disclosures.server";
import { createStaffUser } from "~/models/staff.server";

beforeAll(async () => {
  seedContent({ examples: false });
  const staffId = (await createStaffUser({ email: "rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
  const { orgId, userId } = acceptedPartners(staffId, [{ organisation: "Operador Decimal", email: "d@op.example", country: "ES" }])["d@op.example"]!;
  submitDisclosure(
    orgId,
    userId,
    disclosureInput({ scope1: 1200.5, scope2Location: 3400, scope2Market: 2000, scope3: 10000, scope3Categories: { "1": 6000 } }),
  );
  moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);
});

describe("the emissions database's front page", () => {
  it("writes an organisation's total as its own page does, to a tenth of a tonne (13 200.5 read 13 201 here)", () => {
    const view = emissionsDirectory("es", new URLSearchParams());
    expect(view.items.find((i) => i.name === "Operador Decimal")?.total).toBe("13\u00a0200,5");
    expect(view.totals.find((y) => y.year === 2020)).toMatchObject({ scope1: "1200,5", total: "13\u00a0200,5" });
  });

  it("is kept for every reader of a language and filter until the next write, which shows", async () => {
    const first = emissionsDirectory("fr", new URLSearchParams("country=ES"));
    expect(emissionsDirectory("fr", new URLSearchParams("country=ES"))).toBe(first);
    expect(emissionsDirectory("en", new URLSearchParams("country=ES"))).not.toBe(first);
    const staffId = (await createStaffUser({ email: "rev2@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
    const { orgId, userId } = acceptedPartners(staffId, [{ organisation: "Segundo Operador", email: "s@op.example", country: "ES" }])["s@op.example"]!;
    submitDisclosure(orgId, userId, disclosureInput({ scope1: 10, scope2Location: 10, scope2Market: 10, scope3: 10, scope3Categories: { "1": 10 } }));
    moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);
    const after = emissionsDirectory("fr", new URLSearchParams("country=ES"));
    expect(after.items.map((i) => i.name)).toEqual([...first.items.map((i) => i.name), "Segundo Operador"]);
  });
});
