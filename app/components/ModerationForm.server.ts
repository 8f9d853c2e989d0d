import { z } from "zod";
import { cleanText } from "~/utils/forms.server";
import { moderationDecisions } from "./ModerationForm";

/** What ModerationForm posts. Built on call: cleanText is server code. */
export const ModerationDecision = () =>
  z.object({
    id: z.coerce.number().int().positive(),
    // The version the reviewer read (its updatedAt): a revision sent meanwhile is not published unseen.
    seen: z.coerce.number().int().nonnegative(),
    decision: z.enum(moderationDecisions),
    comment: cleanText(2000),
  });
