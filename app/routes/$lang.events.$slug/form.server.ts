import { z } from "zod";
import { genders, organisationTypes } from "~/models/registration-types";
import { isCountryCode } from "~/utils/countries";
import { cleanText, nameText } from "~/utils/forms.server";

const name = nameText;

/** The registrant's details, as the registration form and the manage page both edit them. */
export const RegistrantDetailsSchema = z.object({
  firstName: name(100),
  lastName: name(100),
  organisation: name(200),
  organisationType: z.enum(organisationTypes),
  country: z.string().refine(isCountryCode, "errors.country"),
  jobTitle: name(150),
  gender: z.union([z.literal(""), z.enum(genders)]).transform((g) => (g === "" ? null : g)),
  accessibilityNeeds: cleanText(1000)
    .refine((s) => !/[<>]/.test(s), "errors.noMarkup")
    .transform((s) => s || null),
});

export const RegistrationSchema = RegistrantDetailsSchema.extend({
  email: z.string().trim().min(1).max(254).email(),
  consent: z.literal("on", { message: "errors.consent" }),
  governmentDelegate: z.literal("on").optional(),
  /** The chosen participation type's id; required by the route when the form offers more than one. */
  participationType: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, "errors.participationType")
    .transform(Number)
    .optional(),
  /** Sent by a form that offers a choice of types, so a missing choice is named with the other fields' errors. */
  typeChoice: z.literal("offered").optional(),
}).refine((v) => !(v.typeChoice === "offered" && v.participationType === undefined), {
  path: ["participationType"],
  message: "errors.participationType",
  // Checked even when other fields failed, so the form names every problem at once.
  when: (payload) => typeof payload.value === "object" && payload.value !== null,
});
