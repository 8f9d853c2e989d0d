import { z } from "zod";
import { visaLetterLangs } from "~/models/visa-letter-types";
import { isCountryCode } from "~/utils/countries";
import { calendarDay, nameText } from "~/utils/forms.server";

const day = () => calendarDay("visa.errors.date");
const today = () => new Date().toISOString().slice(0, 10);
/** The event's last day in its own zone, as a passport's dates are written (YYYY-MM-DD). */
const lastDayOf = (event: { endsAt: number; timeZone: string }) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: event.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(event.endsAt - 1);

/** Passport details, asked only here and only of someone who asks for a letter. */
export const VisaRequest = (event: { endsAt: number; timeZone: string }) =>
  z
    .object({
      letterLang: z.enum(visaLetterLangs),
      fullName: nameText(200),
      nationality: z.string().refine(isCountryCode, "errors.country"),
      dateOfBirth: day().refine((d) => d < today(), "visa.errors.birth"),
      passportNumber: z
        .string()
        .transform((s) => s.replace(/\s/g, "").toUpperCase())
        .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, "visa.errors.passport")),
      passportIssuedOn: day().refine((d) => d <= today(), "visa.errors.issued"),
      passportExpiresOn: day().refine((d) => d > today(), "visa.errors.expired"),
      placeOfApplication: nameText(200),
    })
    .refine((v) => v.passportExpiresOn > v.passportIssuedOn, { path: ["passportExpiresOn"], message: "visa.errors.expired" })
    // A passport that lapses before the event ends cannot carry the visa the letter is asked for.
    .refine((v) => v.passportExpiresOn < today() || v.passportExpiresOn >= lastDayOf(event), {
      path: ["passportExpiresOn"],
      message: "visa.errors.beforeEvent",
    });
