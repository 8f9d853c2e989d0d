import { useTranslation } from "~/utils/use-translation";
import { circularDesignation } from "~/utils/circular-designation";
import { signSpace } from "~/utils/format";
import { useLang } from "~/utils/use-lang";

type Declaration = {
  cop: string;
  open: boolean;
  circular: { slug: string; reference: string } | null;
  officialChannel: { email: string } | null;
};

/**
 * The first screen of a declaration: the action, the official channel the presidency's letter names, and what
 * endorsing on this portal is, so nobody mistakes one for the other.
 */
export function EndorseCallout({ declaration: d }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!d.open) return null;
  return (
    <aside className="endorse-callout" aria-label={t("declarations.endorseHeading")}>
      <p>
        <a className="button" href="#endorse">
          {t("declarations.endorseAction")}
        </a>
      </p>
      {d.officialChannel ? (
        <p data-testid="official-channel">
          {t("declarations.officialChannel", { cop: d.cop, reference: d.circular ? circularDesignation(d.circular.reference, t) : "" })}
          {signSpace(lang)}
          <a href={`mailto:${d.officialChannel.email}`} dir="ltr">
            {d.officialChannel.email}
          </a>
        </p>
      ) : null}
      <p data-testid="portal-channel">{t("declarations.portalChannel")}</p>
    </aside>
  );
}
