import { z } from "zod";
import type { TypeInput } from "~/models/participation-types.server";
import { participationModes } from "~/models/registration-types";
import { languages } from "~/utils/i18n";
import { isWallTime, zonedWallTimeToInstant } from "~/utils/time";
import { collectTranslated, requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";

const wallTime = z.union([
  z.literal(""),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "errors.format")
    .refine(isWallTime, "errors.format"),
]);
const typeRef = z.union([z.literal(""), z.coerce.number().int().positive()]);

const SaveType = z
  .object({
    intent: z.literal("save"),
    typeId: typeRef,
    ...translatedFields("name", 120),
    mode: z.enum(participationModes),
    capacity: z.union([z.literal(""), z.coerce.number().int().min(1).max(100_000)]),
    requiresApproval: z.literal("on").optional(),
    invitationOnly: z.literal("on").optional(),
    opensAt: wallTime,
    closesAt: wallTime,
  })
  .superRefine(requireSomeLanguage(["name"]))
  .superRefine((d, ctx) => {
    if (d.opensAt && d.closesAt && d.closesAt <= d.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "admin:editor.endBeforeStart" });
  });

/** The forms of an event's participation types page, told apart by their intent (read before parsing). */
export const typesPageSchemas = {
  save: SaveType,
  delete: z.object({ intent: z.literal("delete"), typeId: z.coerce.number().int().positive() }),
  invite: z.object({
    intent: z.literal("invite"),
    typeId: z.coerce.number().int().positive(),
    email: z.string().trim().min(1).max(254).email(),
    name: z.string().trim().max(200).optional(),
    inviteLang: z.enum(languages),
  }),
  "invite-list": z.object({
    intent: z.literal("invite-list"),
    typeId: z.coerce.number().int().positive(),
    list: z.string().max(200_000).optional(),
    inviteLang: z.enum(languages),
  }),
};
export type TypesPageIntent = keyof typeof typesPageSchemas;
/** Own keys only: an intent of "toString" or "constructor" picked a function of Object's prototype as the schema (a 500). */
export const isTypesPageIntent = (v: unknown): v is TypesPageIntent => typeof v === "string" && Object.hasOwn(typesPageSchemas, v);

/** A saved type's values, the window read in the event's own time zone. */
export function typeInput(d: z.infer<typeof SaveType>, timeZone: string): TypeInput {
  const at = (v: string) => (v ? zonedWallTimeToInstant(v, timeZone) : null);
  return {
    name: collectTranslated(d, "name"),
    mode: d.mode,
    capacity: d.capacity === "" ? null : d.capacity,
    requiresApproval: d.requiresApproval === "on",
    invitationOnly: d.invitationOnly === "on",
    opensAt: at(d.opensAt),
    closesAt: at(d.closesAt),
  };
}
