import { describe, expect, it } from "vitest";
import { withSummaryLabels } from "./summary-labels.server";

const link = (id: string, message: string) =>
  `<li><a href="#${id}" aria-describedby="${id}-label" data-summary-link=""><span class="error-summary-field" data-label-of="${id}"></span>${message}</a></li>`;
const required = '<span class="required"> <span aria-hidden="true">*</span><span class="visually-hidden">(obligatoire)</span></span>';

describe("an error summary drawn on the server", () => {
  it("names each field by its label from the same page, without the required marker, and drops the description that named it", () => {
    const html =
      `<div role="alert"><ul>${link("f-firstName", "Ce champ est obligatoire.")}${link("f-type", "Veuillez choisir l&#x27;une des options proposées.")}</ul></div>` +
      `<label for="f-firstName" id="f-firstName-label">Prénom${required}</label><input id="f-firstName">` +
      `<fieldset><legend id="f-type-label">Comment participerez-vous\u00a0?${required}</legend></fieldset>`;
    const out = withSummaryLabels(html);
    expect(out).toContain(
      '<a href="#f-firstName" data-summary-link=""><span class="error-summary-field" data-label-of="f-firstName">Prénom </span>Ce champ est obligatoire.</a>',
    );
    // The French no-break space before « ? » stays.
    expect(out).toContain('<span class="error-summary-field" data-label-of="f-type">Comment participerez-vous\u00a0? </span>Veuillez choisir');
    expect(out).not.toContain("aria-describedby");
  });

  it("names a consent box by its summary label, not by its whole sentence", () => {
    const html =
      `<ul>${link("f-consent", "Veuillez accepter la déclaration de confidentialité pour vous inscrire.")}</ul>` +
      `<label id="f-consent-label"><input type="checkbox" id="f-consent"> J'accepte que l'UIT traite ces données…</label>` +
      `<span id="f-consent-summary-label" hidden="">Déclaration de confidentialité</span>`;
    expect(withSummaryLabels(html)).toContain('data-label-of="f-consent">Déclaration de confidentialité </span>Veuillez accepter');
  });

  it("leaves a link whose field has no label on the page as it was, described, and a page without a summary untouched", () => {
    const html = `<ul>${link("f-gone", "Ce champ est obligatoire.")}</ul>`;
    expect(withSummaryLabels(html)).toBe(html);
    expect(withSummaryLabels("<main><p>Bonjour</p></main>")).toBe("<main><p>Bonjour</p></main>");
  });
});
