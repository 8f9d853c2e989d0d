import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";

for (const lang of ["fr", "ar"]) {
  test(`ITU's own footprint is not shown as that of an organisation based in Switzerland, and the database still finds it by seat (${lang})`, async ({
    page,
  }) => {
    const res = await page.goto(`/${lang}/member-states/ch`);
    expect(res?.status()).toBe(200);
    await expect(
      page
        .getByTestId("country-disclosures")
        .getByRole("listitem")
        .filter({ hasText: tr(lang, "brand.ituFull") }),
    ).toHaveCount(0);
    await expect(page.getByText(tr(lang, "memberStates.noDisclosures"))).toBeVisible();
    await page.goto(`/${lang}/emissions?country=CH`);
    const itu = page.getByRole("main").getByRole("link", { name: tr(lang, "brand.ituFull") });
    await itu.first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/emissions/\\d+$`));
  });
}

test("Member State pages: unknown or non-member codes are 404, not 500", async ({ request }) => {
  for (const path of ["/es/member-states/tw", "/es/member-states/ps", "/es/member-states/xx", "/es/member-states/col", "/es/admin/member-states/zz"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect([404, 302, 303], path).toContain(res.status());
  }
  expect((await request.get("/es/member-states/tw")).status()).toBe(404);
  expect((await request.get("/es/member-states/XX")).status()).toBe(404);
});

test("a Member State's code in capitals, as the open data writes it, leads to its page", async ({ request }) => {
  const res = await request.get("/ar/member-states/KE", { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()["location"]).toBe("/ar/member-states/ke");
  expect((await request.get("/ar/member-states/KE")).status()).toBe(200);
});

test("pages in Arabic, Russian and Chinese are sent without a NUL byte inside their words (React 18's streaming buffer)", async ({ request }) => {
  // The list of 193 Member States is long enough for React's 2,048-byte buffers to end inside a
  // two- or three-byte letter several times over; each time React 18 wrote NUL bytes there.
  for (const path of ["/ru/member-states", "/ar/member-states", "/zh/member-states", "/ar/emissions", "/ru"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.body();
    expect(body.indexOf(0), `${path}: ${body.subarray(Math.max(0, body.indexOf(0) - 40), body.indexOf(0) + 10).toString()}`).toBe(-1);
  }
});

test("a Member State's page writes a declaration's state with the language's colon and case (French no-break space, Russian lower case)", async ({ page }) => {
  for (const [lang, expected] of [
    ["fr", "\u00a0: aucune approbation enregistrée"],
    ["ru", ": одобрение не зарегистрировано"],
    ["zh", "：未登记认可"],
  ] as const) {
    expect((await page.goto(`/${lang}/member-states/bt`))?.status()).toBe(200);
    const item = page.locator('[data-declaration="cop29-declaration"]');
    expect((await item.textContent())!.endsWith(expected), `${lang}: ${await item.textContent()}`).toBe(true);
    expect(expected).toBe(`${tr(lang, "colon")}${tr(lang, "memberStates.notRecordedInline")}`);
  }
});

for (const lang of ["fr", "ar"]) {
  test(`a State with no endorsement recorded on the portal is not said to have "not endorsed": it may have written to the COP29 Presidency alone (${lang})`, async ({
    page,
    request,
  }) => {
    // CL-24/63: governments endorse by letter or note verbale to the COP29 Presidency; the portal only knows its own records.
    expect((await page.goto(`/${lang}/member-states`))?.status()).toBe(200);
    await expect(page.getByTestId("recorded-here")).toHaveText(tr(lang, "memberStates.recordedHere"));
    await expect(page.locator('tr[data-country="BT"] td').first()).toHaveText(tr(lang, "memberStates.status.not-recorded"));
    await expect(page.getByTestId("endorsed-count")).toContainText(
      lang === "fr" ? "selon les approbations enregistrées sur ce portail" : "وفقاً للتأييدات المسجلة في هذه البوابة",
    );
    expect(await page.locator("main").innerText()).not.toContain(lang === "fr" ? "Non approuvée" : "غير مؤيَّد");
    expect((await page.goto(`/${lang}/member-states/bt`))?.status()).toBe(200);
    await expect(page.getByTestId("recorded-here")).toHaveText(tr(lang, "memberStates.recordedHere"));
    const json = (await (await request.get(`/${lang}/member-states.json`)).json()) as { iso2: string; declarations: { status: string }[] }[];
    expect(json.find((s) => s.iso2 === "BT")!.declarations[0]!.status).toBe("not-recorded");
    const csv = await (await request.get(`/${lang}/member-states.csv`)).text();
    expect(csv).not.toContain("not-endorsed");
  });
}
