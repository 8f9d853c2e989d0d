import { z } from "zod";
import { endorserCategories, LETTER_MAX_BYTES, STATEMENT_MAX } from "~/models/endorsement-types";
import { isCountryCode, isGovernmentCode } from "~/utils/countries";
import { cleanText, nameText } from "~/utils/forms.server";
import { readPdf } from "~/utils/pdf-reader.server";

export const EndorsementSchema = z
  .object({
    category: z.enum(endorserCategories),
    organisation: nameText(300),
    country: z.string().refine(isCountryCode, "errors.country"),
    representativeName: nameText(200),
    representativeTitle: nameText(200),
    email: z.string().trim().min(1).max(254).email(),
    // Statements are shown as plain text (escaped), so they may quote anything.
    statement: cleanText(STATEMENT_MAX).transform((s) => s || null),
    consent: z.literal("on", { message: "errors.consentPublication" }),
  })
  // A government endorses for an administration: an ITU Member State or observer, not an area.
  .refine((v) => v.category !== "government" || isGovernmentCode(v.country), { path: ["country"], message: "errors.governmentCountry" });

export type LetterCheck = { ok: true; letter: { bytes: Uint8Array; name: string } | null } | { ok: false; error: string };

/** The optional official letter: a PDF by its structure, not its name, of at most 10 MB. */
export async function readLetter(form: FormData): Promise<LetterCheck> {
  const file = form.get("letter");
  if (!file || typeof file === "string" || file.size === 0) return { ok: true, letter: null };
  if (file.size > LETTER_MAX_BYTES) return { ok: false, error: "errors.letterTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = await readPdf(bytes);
  if (verdict === "active-content") return { ok: false, error: "errors.letterActiveContent" };
  if (verdict !== "ok") return { ok: false, error: "errors.letterNotPdf" };
  return { ok: true, letter: { bytes, name: file.name.replace(/[^\p{L}\p{N}._ -]/gu, "_") || "letter.pdf" } };
}
