import { pdfWriter } from "../app/utils/pdf-writer.server";
import { getT } from "../app/utils/i18n.server";
import type { PassportFields, VisaLetterLang } from "../app/models/visa-letter-types";

export type VisaLetterContent = PassportFields & {
  lang: VisaLetterLang;
  date: string;
  eventTitle: string;
  dates: string;
  venue: string;
};

/** A visa support letter on the portal's letterhead, in English or French, for the consulate the person applies at. */
export function visaLetterPdf(c: VisaLetterContent): Promise<Buffer> {
  const t = getT(c.lang, "email");
  const w = pdfWriter({ rtl: false, title: t("visaLetter.title"), lang: c.lang });
  w.paragraph(t("brand"), { size: 12, bold: true, color: "#00558c" });
  w.rule();
  w.paragraph(c.date, { size: 11, align: "end", gap: 14 });
  w.paragraph(t("visaLetter.to", { place: c.placeOfApplication }), { size: 11, gap: 14 });
  w.paragraph(t("visaLetter.title"), { size: 15, bold: true, gap: 14 });
  w.paragraph(t("visaLetter.salutation"), { size: 11 });
  w.paragraph(t("visaLetter.body", { eventTitle: c.eventTitle, dates: c.dates, venue: c.venue }), { size: 11 });
  for (const [label, value] of [
    [t("visaLetter.fullName"), c.fullName],
    [t("visaLetter.nationality"), c.nationality],
    [t("visaLetter.dateOfBirth"), c.dateOfBirth],
    [t("visaLetter.passportNumber"), c.passportNumber],
    [t("visaLetter.passportIssuedOn"), c.passportIssuedOn],
    [t("visaLetter.passportExpiresOn"), c.passportExpiresOn],
  ] as const)
    w.paragraph(t("labelValue", { label, value }), { size: 11, gap: 2 });
  w.space(10);
  w.paragraph(t("visaLetter.support"), { size: 11 });
  w.paragraph(t("visaLetter.costs"), { size: 11 });
  w.paragraph(t("visaLetter.closing"), { size: 11, gap: 30 });
  w.paragraph(t("certificate.signature"), { size: 11, bold: true });
  return w.finish();
}
