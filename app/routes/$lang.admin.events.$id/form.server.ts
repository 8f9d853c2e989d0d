import { z } from "zod";
import { eventFormats, eventKinds } from "~/models/events.server";
import type { EventInput } from "~/models/event-editing.server";
import { cleanText } from "~/utils/forms.server";
import { isValidTimeZone, isWallTime, zonedWallTimeToInstant } from "~/utils/time";
import { collectTranslated, requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";

const wallTime = z.union([
  z.literal(""),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "errors.format")
    .refine(isWallTime, "errors.format"),
]);

export const EventFormSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "admin:editor.slugFormat"),
    kind: z.enum(eventKinds),
    format: z.enum(eventFormats),
    status: z.enum(["draft", "published", "cancelled"]),
    ...translatedFields("title", 300),
    ...translatedFields("summary", 1000),
    ...translatedFields("description", 20_000),
    ...translatedFields("venue", 300),
    ...translatedFields("audience", 1000),
    ...translatedFields("fee", 300),
    organisers: cleanText(500),
    timeZone: z.string().trim().min(1).max(64).refine(isValidTimeZone, "admin:editor.timeZoneInvalid"),
    startsAt: wallTime.refine((v) => v !== "", "errors.required"),
    endsAt: wallTime.refine((v) => v !== "", "errors.required"),
    registrationOpensAt: wallTime,
    registrationClosesAt: wallTime,
    capacity: z.union([z.literal(""), z.coerce.number().int().min(1).max(100_000)]),
    requiresApproval: z.literal("on").optional(),
    dateOnly: z.literal("on").optional(),
    delegatesNeedFocalPoint: z.literal("on").optional(),
    joinUrl: z.union([
      z.literal(""),
      z
        .string()
        .trim()
        .max(500)
        .url({ protocol: /^https?$/, message: "errors.url" }),
    ]),
    externalRegistration: z.union([
      z.literal(""),
      z
        .string()
        .trim()
        .max(300)
        .regex(/^(mailto:|https?:\/\/)\S+$/, "errors.format"),
    ]),
    circularId: z.union([z.literal(""), z.coerce.number().int().positive()]),
    pillar: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .superRefine(requireSomeLanguage(["title", "summary", "venue"]))
  .superRefine((d, ctx) => {
    if (!isValidTimeZone(d.timeZone)) return;
    const at = (v: string) => (v ? zonedWallTimeToInstant(v, d.timeZone) : null);
    const start = at(d.startsAt);
    const end = at(d.endsAt);
    if (start !== null && end !== null && end <= start) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "admin:editor.endBeforeStart" });
    const opens = at(d.registrationOpensAt);
    const closes = at(d.registrationClosesAt);
    // Registration opens only from its opening time (registrationState): a closing date alone
    // would leave the page saying "details will be announced" while the officer thinks it is open.
    if (closes !== null && opens === null) {
      ctx.addIssue({ code: "custom", path: ["registrationOpensAt"], message: "admin:editor.registrationOpensMissing" });
    }
    if (opens !== null && closes !== null && closes <= opens) {
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "admin:editor.endBeforeStart" });
    }
  });

type Parsed = z.infer<typeof EventFormSchema>;

/** Turns the checked form into what the model stores. */
export function eventInputFromForm(d: Parsed): { input: EventInput } {
  const at = (v: string) => (v ? zonedWallTimeToInstant(v, d.timeZone) : null);
  const pillarIds = (Array.isArray(d.pillar) ? d.pillar : d.pillar ? [d.pillar] : []).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return {
    input: {
      slug: d.slug,
      kind: d.kind,
      format: d.format,
      status: d.status,
      title: collectTranslated(d, "title"),
      summary: collectTranslated(d, "summary"),
      description: collectTranslated(d, "description"),
      venue: collectTranslated(d, "venue"),
      audience: collectTranslated(d, "audience"),
      fee: collectTranslated(d, "fee"),
      organisers: d.organisers
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      timeZone: d.timeZone,
      startsAt: at(d.startsAt)!,
      endsAt: at(d.endsAt)!,
      registrationOpensAt: at(d.registrationOpensAt),
      registrationClosesAt: at(d.registrationClosesAt),
      capacity: d.capacity === "" ? null : d.capacity,
      requiresApproval: d.requiresApproval === "on",
      dateOnly: d.dateOnly === "on",
      delegatesNeedFocalPoint: d.delegatesNeedFocalPoint === "on",
      joinUrl: d.joinUrl || null,
      externalRegistration: d.externalRegistration || null,
      circularId: d.circularId === "" ? null : d.circularId,
      pillarIds,
    },
  };
}
