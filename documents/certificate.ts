import { pdfWriter } from "../app/utils/pdf-writer.server";
import { getT } from "../app/utils/i18n.server";
import { dirOf, type Lang } from "../app/utils/i18n";

export type CertificateContent = {
  lang: Lang;
  holderName: string;
  eventTitle: string;
  dates: string;
  venue: string | null;
  organisers: string;
  code: string;
  verifyUrl: string;
  issuedOn: string;
};

/** A certificate of participation, one A4 page in the holder's language. */
export function certificatePdf(c: CertificateContent): Promise<Buffer> {
  const t = getT(c.lang, "email");
  const w = pdfWriter({ rtl: dirOf(c.lang) === "rtl", title: t("certificate.title"), lang: c.lang });
  w.space(30);
  w.paragraph(t("brand"), { size: 12, bold: true, align: "center", color: "#00558c" });
  w.rule();
  w.space(40);
  w.paragraph(t("certificate.title"), { size: 26, bold: true, align: "center", gap: 30 });
  w.paragraph(t("certificate.certifies"), { size: 13, align: "center" });
  w.paragraph(c.holderName, { size: 22, bold: true, align: "center", gap: 18 });
  w.paragraph(t("certificate.tookPart"), { size: 13, align: "center" });
  w.paragraph(c.eventTitle, { size: 16, bold: true, align: "center", gap: 14 });
  w.paragraph(c.dates, { size: 13, align: "center" });
  if (c.venue) w.paragraph(c.venue, { size: 13, align: "center" });
  if (c.organisers) w.paragraph(t("certificate.organisedBy", { organisers: c.organisers }), { size: 12, align: "center" });
  w.space(40);
  w.paragraph(t("certificate.signature"), { size: 12, align: "center" });
  w.paragraph(t("certificate.issuedOn", { date: c.issuedOn }), { size: 11, align: "center", gap: 60 });
  w.rule("#d0d7de");
  w.paragraph(t("certificate.code", { code: c.code }), { size: 11, bold: true });
  w.paragraph(t("certificate.verifyAt"), { size: 10 });
  w.paragraph(c.verifyUrl, { size: 10, rtl: false, align: dirOf(c.lang) === "rtl" ? "end" : "start" });
  return w.finish();
}
