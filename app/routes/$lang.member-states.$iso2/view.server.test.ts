import { beforeAll, describe, expect, it } from "vitest";
import { acceptedPartners, disclosureInput, newStaffId } from "~/test-support/fixtures";
import { getT } from "~/utils/i18n.server";
import { write } from "~/utils/db.server";
import { disclosureQueue, ITU_NAME, moderateDisclosure, seedItuFootprint, submitDisclosure } from "~/models/disclosures.server";
import { memberStateView, PARTNERS_PER_PAGE } from "./view.server";

const COUNT = PARTNERS_PER_PAGE + 5;
const name = (i: number) => `Opérateur ${String(i).padStart(2, "0")}`;

beforeAll(async () => {
  const staffId = await newStaffId();
  acceptedPartners(
    staffId,
    Array.from({ length: COUNT }, (_, i) => ({ organisation: name(i), email: `op${i}@bj.example`, country: "BJ" })),
  );
});

describe("a Member State's partner organisations", () => {
  it("are listed a page at a time, in the order of their names, and a page past the last shows the last", () => {
    const first = memberStateView("fr", getT("fr"), "bj", 1)!;
    expect(first.partnerPages).toBe(2);
    expect(first.partners.map((p) => p.name)).toEqual(Array.from({ length: PARTNERS_PER_PAGE }, (_, i) => name(i)));
    const second = memberStateView("fr", getT("fr"), "bj", 2)!;
    expect(second.partners.map((p) => p.name)).toEqual(Array.from({ length: 5 }, (_, i) => name(PARTNERS_PER_PAGE + i)));
    expect(memberStateView("fr", getT("fr"), "bj", 40)!.partnerPage).toBe(2);
  });

  it("show a new partner at once, though the page is kept for its readers until then", async () => {
    expect(memberStateView("ar", getT("ar"), "bj", 2)!.partners).toHaveLength(5);
    acceptedPartners(await newStaffId(), [{ organisation: "Zénith Télécom", email: "z@bj.example", country: "BJ" }]);
    expect(
      memberStateView("ar", getT("ar"), "bj", 2)!
        .partners.map((p) => p.name)
        .at(-1),
    ).toBe("Zénith Télécom");
  });
});

describe("an international organisation with its seat in a Member State", () => {
  it("is not listed, while an organisation of the State's own with a published disclosure is", async () => {
    const staffId = await newStaffId();
    const { orgId, userId } = acceptedPartners(staffId, [{ organisation: "Télécom Suisse SA", email: "ghg@ch.example", country: "CH" }])["ghg@ch.example"]!;
    submitDisclosure(orgId, userId, disclosureInput({ year: 2023 }));
    moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);
    const names = JSON.stringify(memberStateView("fr", getT("fr"), "ch", 1)!.disclosures);
    expect(names).toContain("Télécom Suisse SA");
  });

  it("is not listed among the partners based there (ITU's own footprint sits under Geneva)", () => {
    write((tx) => seedItuFootprint(tx));
    const swiss = memberStateView("en", getT("en"), "ch", 1)!;
    expect(swiss.partners.map((p) => p.name)).not.toContain(ITU_NAME);
    // Nor are its emissions shown as those of an organisation based in Switzerland.
    expect(JSON.stringify(swiss.disclosures)).not.toContain(ITU_NAME);
  });
});

describe("how a Member State's endorsement says it was verified, in Russian", () => {
  // "кем подтверждено: официальное письмо" asked "by whom" of a letter; each way now follows "подтверждено".
  it("reads as one phrase for a letter, a focal point and the secretariat, on the page and in the list", () => {
    const t = getT("ru");
    const phrase = (way: string) => t("memberStates.endorsedOn", { date: "1 декабря 2026 г.", method: t(`memberStates.verifiedBy.${way}`) });
    expect(phrase("letter")).toBe("одобрение зарегистрировано 1 декабря 2026 г., подтверждено официальным письмом или вербальной нотой");
    expect(phrase("focal-point")).toBe("одобрение зарегистрировано 1 декабря 2026 г., подтверждено координатором");
    expect(phrase("secretariat")).toBe("одобрение зарегистрировано 1 декабря 2026 г., подтверждено секретариатом");
    // The list's column header is the same participle, so the cell below it completes it.
    expect(t("memberStates.verification")).toBe("Подтверждено");
  });
});
