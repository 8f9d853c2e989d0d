import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "~/utils/use-translation";
import { samePageForEveryone } from "~/page-cache/handle";

export const handle = samePageForEveryone;

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

/**
 * One static sentence in the full page shell and nothing else: the benchmark's yardstick
 * (`npm run bench` reports every public page's throughput as a share of this one's).
 */
export default function Bare() {
  const { t } = useTranslation();
  return (
    <div className="container">
      <p>{t("brand.tagline")}</p>
    </div>
  );
}
