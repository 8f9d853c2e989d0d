import type { listPublishedWorkingGroups } from "~/models/working-group-list.server";
import { formatNumber, formatPercent } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";

type Progress = Pick<ReturnType<typeof listPublishedWorkingGroups>[number], "completion" | "pledgeRollup">;

/** The two progress figures of a group, as sentences in the page's language. */
export function progressView({ completion: c, pledgeRollup: p }: Progress, lang: Lang) {
  const t = getT(lang);
  return {
    milestones: {
      value: c.share,
      text:
        c.share === null
          ? t("workingGroups.noMilestones")
          : t("workingGroups.milestoneProgress", { percent: formatPercent(lang, c.share), done: formatNumber(lang, c.done), count: c.total }) +
            (c.delayed ? ` · ${t("workingGroups.delayedCount", { n: formatNumber(lang, c.delayed) })}` : ""),
    },
    pledges: {
      value: p.share,
      text:
        p.share === null
          ? t("workingGroups.noPledges")
          : t("workingGroups.pledgeProgress", { percent: formatPercent(lang, p.share), n: formatNumber(lang, p.count) }),
    },
  };
}
