import { useSyncExternalStore } from "react";
import { useTranslation } from "~/utils/use-translation";
import { signSpace } from "~/utils/format";
import { formatTimeRange } from "~/utils/time";
import { useLang } from "~/utils/use-lang";

/**
 * The event's time in the visitor's own zone. The server cannot know that zone, so it renders UTC
 * (`utc`, written by the server: the browser's Intl may write it differently, which would break
 * hydration); the browser replaces it after hydration. Without JavaScript, UTC stays, labelled.
 */
// The browser's zone does not change while the page is open: nothing to subscribe to.
const noChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function LocalTime({ start, end, utc }: { start: number; end: number; utc: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const zone = useSyncExternalStore(noChanges, browserZone, () => "UTC");
  return (
    <p className="local-time">
      <span className="muted">
        {zone === "UTC" ? t("events.timeUtc") : t("events.timeYours")}
        {signSpace(lang)}
      </span>
      <time dateTime={new Date(start).toISOString()}>{zone === "UTC" ? utc : formatTimeRange(lang, start, end, zone)}</time>
    </p>
  );
}
