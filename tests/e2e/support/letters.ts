import { expect, type Locator, type Page } from "@playwright/test";
import { minimalPdf } from "../../../app/utils/pdf";
import { tr } from "./i18n";

/** The official letter a government sends with its endorsement, one per country. */
export const noteVerbale = (country: string) => minimalPdf(`/Title (Note verbale ${country})`);

/** The focal point opens the letter sent with the endorsement on `card`; another government's (`otherId`) is not theirs to open. */
export async function expectLetterOpens(fpPage: Page, lang: string, card: Locator, letter: Buffer, otherId: number) {
  const href = await card.getByRole("link", { name: tr(lang, "focalPoint.letter") }).getAttribute("href");
  const response = await fpPage.request.get(href!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).equals(letter)).toBe(true);
  expect((await fpPage.request.get(`/${lang}/focal-point/letters/${otherId}`)).status()).toBe(404);
}
