import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedContent } from "../../../db/seed/index";
import { acceptedPartners, disclosureInput, pledgeInput } from "~/test-support/fixtures";
import { disclosureQueue, moderateDisclosure, submitDisclosure } from "~/models/disclosures.server";
import { listPillars } from "~/models/pillars.server";
import { moderatePledge, submitPledge } from "~/models/pledges.server";
import { createStaffUser } from "~/models/staff.server";
import { organisationView } from "./view.server";

// The page drawn as the server draws it, from the loader's own view.
const loaded: { view: unknown } = { view: null };
vi.mock("@remix-run/react", async (original) => ({
  ...(await original<typeof import("@remix-run/react")>()),
  useLoaderData: () => loaded.view,
  useParams: () => ({ lang: "fr" }),
}));
const { default: OrganisationEmissions } = await import("./route");

const title = "خفض انبعاثاتنا بنسبة 45٪ (النطاقات 1 إلى 3)";
let orgId = 0;

beforeAll(async () => {
  seedContent({ examples: false });
  const staffId = (await createStaffUser({ email: "bidi-rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
  const partner = acceptedPartners(staffId, [{ organisation: "Opérateur du Nil", email: "nil@op.example", country: "EG" }])["nil@op.example"]!;
  orgId = partner.orgId;
  submitDisclosure(orgId, partner.userId, disclosureInput({ year: 2020 }));
  moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);
  const pledge = submitPledge(orgId, partner.userId, pledgeInput(listPillars()[0]!.id, { title, lang: "ar" }));
  moderatePledge(pledge, "publish", null, staffId);
});

describe("an organisation's page in the emissions database", () => {
  it("isolates each pledge's title, so an Arabic title does not run into a French line", () => {
    loaded.view = organisationView("fr", orgId);
    const html = renderToStaticMarkup(createElement(OrganisationEmissions));
    expect(html).toMatch(new RegExp(`<a href="/fr/pledges/\\d+" lang="ar"><bdi>${title.replace(/[()]/g, "\\$&")}</bdi></a>`));
  });
});
