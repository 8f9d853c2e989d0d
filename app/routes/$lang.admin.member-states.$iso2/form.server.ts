import { z } from "zod";
import { nameText, requiredText } from "~/utils/forms.server";
import { languages } from "~/utils/i18n";

/** Built inside a function: a zod call at module level would ship zod to every browser. */
export const FocalPointAction = () =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("designate"),
      name: nameText(200),
      title: requiredText(200),
      office: requiredText(300),
      email: z.string().trim().min(1).max(254).email(),
      lang: z.enum(languages),
    }),
    z.object({
      intent: z.literal("remove"),
      id: z.coerce.number().int().positive(),
    }),
  ]);
