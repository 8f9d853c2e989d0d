import { z } from "zod";
import { eventFormats, eventKinds } from "~/models/event-types";

// Query-string schemas of the public lists. They live in a .server module so zod never reaches the
// browser (decision 005) and each is built once. Unknown values are ignored rather than refused:
// a shared link with an old value still works.

export const PageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

export const EventListFilter = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  kind: z.enum(eventKinds).optional().catch(undefined),
  format: z.enum(eventFormats).optional().catch(undefined),
  pillar: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  page: PageNumber,
});
