import { beforeAll, describe, expect, it } from "vitest";
import { seedContent } from "../../../db/seed/index";
import { acceptedPartners, disclosureInput } from "~/test-support/fixtures";
import { disclosureQueue, moderateDisclosure, submitDisclosure } from "~/models/disclosures.server";
import { createStaffUser } from "~/models/staff.server";
import { organisationView } from "./view.server";

let staffId = 0;
let orgId = 0;
let userId = 0;
function publish(year: number, scope1: number) {
  submitDisclosure(orgId, userId, disclosureInput({ year, scope1 }));
  moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);
}

beforeAll(async () => {
  seedContent({ examples: false });
  staffId = (await createStaffUser({ email: "org-rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
  ({ orgId, userId } = acceptedPartners(staffId, [{ organisation: "Opérateur Gardé", email: "g@op.example", country: "FR" }])["g@op.example"]!);
  publish(2020, 1000);
});

describe("an organisation's page in the emissions database", () => {
  it("is kept for every reader of a language until the next write, which shows", () => {
    const first = organisationView("fr", orgId)!;
    expect(first.years.map((y) => y.year)).toEqual([2020]);
    expect(organisationView("fr", orgId)).toBe(first);
    expect(organisationView("en", orgId)!.org.name).toBe("Opérateur Gardé");
    publish(2021, 900);
    expect(
      organisationView("fr", orgId)!
        .years.map((y) => y.year)
        .sort(),
    ).toEqual([2020, 2021]);
  });
});
