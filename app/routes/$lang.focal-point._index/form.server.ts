import { z } from "zod";
import { cleanText } from "~/utils/forms.server";

/** Built inside a function: a zod call at module level would ship zod to every browser. */
export const FocalPointDecision = () =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.enum(["confirm", "refuse", "approve", "decline"]),
      id: z.coerce.number().int().positive(),
      note: cleanText(1000).optional(),
    }),
    z.object({
      intent: z.literal("endorse"),
      declaration: z.string().trim().min(1).max(200),
      statement: cleanText(2000).optional(),
    }),
    z.object({ intent: z.literal("withdraw"), id: z.coerce.number().int().positive() }),
    z.object({ intent: z.literal("sign-out") }),
  ]);
