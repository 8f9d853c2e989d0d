import { z } from "zod";
import { cleanText } from "~/utils/forms.server";
import { moderationDecisions } from "./ModerationForm";

/** What ModerationForm posts. Built on call: cleanText is server code. */
export const ModerationDecision = () =>
  z.object({
    id: z.coerce.number().int().positive(),
    decision: z.enum(moderationDecisions),
    comment: cleanText(2000),
  });
