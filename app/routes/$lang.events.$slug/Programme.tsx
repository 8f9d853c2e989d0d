import { T } from "~/components/content";
import { LocalTime } from "~/components/LocalTime";
import { formatList, signSpace } from "~/utils/format";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";
import type { ProgrammeView } from "./programme-view.server";

type MaterialItem = ProgrammeView["materials"][number];

function Materials({ items }: { items: MaterialItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="materials">
      {items.map((m) => (
        <li key={m.id}>
          <a href={m.href} rel={m.external ? "noopener noreferrer" : undefined} download={m.external ? undefined : true}>
            <T picked={m.title} />
          </a>{" "}
          <span className="muted">({t(`programme.kind.${m.kind as "pdf" | "slides" | "link"}`)})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The programme: an ordered list of sessions, each with its time in the event's zone and the
 * visitor's, its room, interpretation, speakers and materials; then the event's own materials.
 */
export function Programme({ programme, zoneName }: { programme: ProgrammeView; zoneName: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {programme.sessions.length ? (
        <section aria-labelledby="programme">
          <h2 id="programme">{t("events.programme")}</h2>
          <ol className="programme">
            {programme.sessions.map((s) => (
              <li key={s.id}>
                <T picked={s.title} as="h3" className="session-title" id={`session-${s.id}`} />
                <p className="session-when">
                  <time dateTime={new Date(s.startsAt).toISOString()}>{s.when}</time>
                  {signSpace(lang)}
                  <span className="muted">{t("events.zoneName", { zone: zoneName })}</span>
                </p>
                <LocalTime start={s.startsAt} end={s.endsAt} utc={s.whenUtc} />
                {s.unsettled ? (
                  <p className="alert alert-info" data-testid="session-unsettled">
                    {t("programme.timeToBeConfirmed")}
                  </p>
                ) : null}
                <dl className="session-facts">
                  {s.room ? (
                    <>
                      <dt>{t("programme.room")}</dt>
                      <dd>
                        <T picked={s.room} />
                      </dd>
                    </>
                  ) : null}
                  {s.interpretation.length ? (
                    <>
                      <dt>{t("programme.interpretation")}</dt>
                      <dd>
                        {formatList(
                          lang,
                          s.interpretation.map((l) => t(`programme.language.${l as "en"}`)),
                        )}
                      </dd>
                    </>
                  ) : null}
                  {s.speakers.length ? (
                    <>
                      <dt>{t("programme.speakers")}</dt>
                      <dd>
                        <ul className="plain-list">
                          {s.speakers.map((p) => (
                            <li key={p.id}>
                              <bdi className="speaker-name">{p.name}</bdi>
                              {p.title ? (
                                <>
                                  {t("programme.separator")}
                                  <bdi>{p.title}</bdi>
                                </>
                              ) : null}
                              {p.organisation ? (
                                <>
                                  {t("programme.separator")}
                                  <bdi>{p.organisation}</bdi>
                                </>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                  {s.materials.length ? (
                    <>
                      <dt>{t("programme.materials")}</dt>
                      <dd>
                        <Materials items={s.materials} />
                      </dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {programme.materials.length ? (
        <section aria-labelledby="materials">
          <h2 id="materials">{t("programme.materials")}</h2>
          <Materials items={programme.materials} />
        </section>
      ) : null}
    </>
  );
}
