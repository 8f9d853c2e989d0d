import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge, LongText, Pagination, T } from "~/components/content";
import { EventCard } from "~/components/EventCard";
import { ProgressMeter } from "~/components/ProgressMeter";
import { eventsForPillar } from "~/models/event-list.server";
import { effectiveStatus, todayUtc } from "~/models/working-group-progress";
import { getPublicWorkingGroup } from "~/models/working-groups.server";
import { countryName } from "~/utils/country-options";
import { eventCard } from "~/models/event-cards.server";
import { formatCalendarDate, formatDate, formatList, formatPercent } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { progressView } from "~/models/working-group-view.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";
import { formatted, plainText } from "~/utils/markdown.server";
import { isolate } from "~/utils/bidi";
import { organisationNameIn } from "~/utils/organisers.server";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const page = Math.max(1, Math.min(1000, Number(new URL(request.url).searchParams.get("page")) || 1));
  const now = Date.now();
  const slug = params.slug ?? "";
  // The same for every reader of a language and page until a write or the next day (progress and
  // milestones go by the day): kept until then (decision 016, eleventh round). The coming events go by the hour.
  const kept = memoThroughRegistrations(`working-group-page:${lang}:${slug}:${page}:${todayUtc(now)}`, () => groupPage(lang, slug, page, now));
  if (!kept) throw notFound();
  return { ...kept.view, events: eventsForPillar(kept.pillarId, 3, now).map((e) => eventCard(e, lang, now)) };
}

function groupPage(lang: Lang, slug: string, page: number, now: number) {
  const row = getPublicWorkingGroup(slug, page, now);
  if (!row) return null;
  const name = pickTranslation(row.group.name, lang);
  const mandate = pickTranslation(row.group.mandate, lang);
  const today = todayUtc(now);
  // ITU as the page's language names it; other organisations by the names they go by.
  const orgName = (n: string) => organisationNameIn(lang, n);
  const view = {
    lang,
    slug: row.group.slug,
    meta: metaFor(lang, name.text, plainText(mandate.text)),
    group: {
      name,
      mandate: formatted(mandate, 3),
      status: row.group.status,
      // Each name isolated on its own: the list (its "and") runs in the page's direction, each name in its own.
      leads:
        formatList(
          lang,
          [...row.group.leadOrganisations, ...row.members.filter((m) => m.role === "co-lead").map((m) => m.organisation.name)].map((n) => isolate(orgName(n))),
        ) || null,
      pillar: { slug: row.pillar.slug, title: pickTranslation(row.pillar.title, lang) },
    },
    progress: progressView(row, lang),
    milestones: row.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      lang: m.lang,
      due: formatCalendarDate(lang, m.dueOn),
      status: effectiveStatus(m, today),
      completed: m.completedOn ? formatCalendarDate(lang, m.completedOn) : null,
      evidenceUrl: m.evidenceUrl,
    })),
    members: row.members.map((m) => ({
      id: m.organisation.id,
      name: orgName(m.organisation.name),
      country: countryName(lang, m.organisation.country),
      role: m.role,
    })),
    pledges: row.pledges.map((p) => ({
      id: p.id,
      title: p.title,
      lang: p.lang,
      organisation: orgName(p.organisation),
      status: p.status,
      percent: formatPercent(lang, p.progress),
    })),
    updates: row.updates.map(({ update: u, organisation }) => ({
      id: u.id,
      title: u.title,
      body: u.body,
      lang: u.lang,
      at: formatDate(lang, u.publishedAt),
      corrected: u.correctedAt ? formatDate(lang, u.correctedAt) : null,
      organisation: organisation ? orgName(organisation) : null,
    })),
    page,
    pages: row.updatePages,
  };
  return { view, pillarId: row.pillar.id };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        ...pageMeta(data.meta),
        { tagName: "link", rel: "alternate", type: "application/atom+xml", href: `/${data.lang}/working-groups/${data.slug}/updates.atom` },
      ]
    : [];

export default function WorkingGroupPage() {
  const { t } = useTranslation();
  const { lang, slug, group, progress, milestones, members, pledges, events, updates, page, pages } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/working-groups`}>{t("nav.workingGroups")}</a>
      </p>
      <T picked={group.name} as="h1" />
      <dl className="facts">
        <dt>{t("workingGroups.pillar")}</dt>
        <dd>
          <a href={`/${lang}/pillars/${group.pillar.slug}`}>
            <T picked={group.pillar.title} />
          </a>
        </dd>
        <dt>{t("workingGroups.status")}</dt>
        <dd>{t(`groupStatus.${group.status}`)}</dd>
        <dt>{t("workingGroups.leads")}</dt>
        <dd data-testid="group-leads">{group.leads ?? t("workingGroups.leadsToBeAppointed")}</dd>
      </dl>

      <section aria-labelledby="progress" className="register-box">
        <h2 id="progress">{t("workingGroups.progress")}</h2>
        <ProgressMeter label={t("workingGroups.milestones")} value={progress.milestones.value} text={progress.milestones.text} testId="milestone-progress" />
        <ProgressMeter label={t("workingGroups.memberPledges")} value={progress.pledges.value} text={progress.pledges.text} testId="pledge-progress" />
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones">{t("workingGroups.timeline")}</h2>
        {milestones.length === 0 ? <p>{t("workingGroups.noMilestones")}</p> : null}
        <ol className="timeline">
          {milestones.map((m) => (
            <li key={m.id} className={`timeline-item timeline-${m.status}`}>
              <p className="card-meta">
                {t("workingGroups.dueOn", { date: m.due })}{" "}
                <Badge tone={m.status === "delayed" ? "warning" : "neutral"}>{t(`milestoneStatus.${m.status}`)}</Badge>
              </p>
              <p lang={m.lang} dir="auto">
                {m.title}
              </p>
              {m.completed ? <p className="card-meta">{t("workingGroups.completedOn", { date: m.completed })}</p> : null}
              {m.evidenceUrl ? (
                <p>
                  <a href={m.evidenceUrl} rel="nofollow noopener" dir="ltr">
                    {t("workingGroups.evidence")}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="updates">
        <h2 id="updates">{t("workingGroups.updates")}</h2>
        <p>
          <a href={`/${lang}/working-groups/${slug}/updates.atom`}>{t("workingGroups.feed")}</a>
        </p>
        {updates.length === 0 ? <p>{t("workingGroups.noUpdates")}</p> : null}
        {updates.map((u) => (
          <article key={u.id} id={`update-${u.id}`} className="card">
            <h3 lang={u.lang} dir="auto">
              {u.title}
            </h3>
            <p className="card-meta">
              {u.at} · {u.organisation ? t("workingGroups.postedBy", { organisation: isolate(u.organisation) }) : t("workingGroups.postedBySecretariat")}
              {u.corrected ? ` · ${t("workingGroups.correctedOn", { date: u.corrected })}` : null}
            </p>
            <div lang={u.lang}>
              {u.body.split(/\n{2,}/).map((para, i) => (
                <p key={i} dir="auto">
                  {para}
                </p>
              ))}
            </div>
          </article>
        ))}
        <Pagination page={page} pages={pages} hrefFor={(p) => `/${lang}/working-groups/${slug}?page=${p}#updates`} />
      </section>

      <section aria-labelledby="members">
        <h2 id="members">{t("workingGroups.members")}</h2>
        {members.length === 0 ? <p>{t("workingGroups.noMembers")}</p> : null}
        <ul data-testid="members">
          {members.map((m) => (
            <li key={m.id}>
              <bdi>{m.name}</bdi> · {m.country} {m.role === "co-lead" ? <Badge>{t("workingGroups.coLead")}</Badge> : null}
            </li>
          ))}
        </ul>
        <p>
          <a href={`/${lang}/partners/working-groups/${slug}`}>{t("workingGroups.join")}</a>
          {t("dash")}
          {t("workingGroups.joinIntro")}
        </p>
      </section>

      <section aria-labelledby="pledges">
        <h2 id="pledges">{t("workingGroups.relatedPledges")}</h2>
        {pledges.length === 0 ? <p>{t("workingGroups.noPledges")}</p> : null}
        <ul>
          {pledges.map((p) => (
            <li key={p.id}>
              <a href={`/${lang}/pledges/${p.id}`} lang={p.lang}>
                <bdi>{p.title}</bdi>
              </a>{" "}
              — <bdi>{p.organisation}</bdi> · {p.percent} · {t(`progressStatus.${p.status}`)}
            </li>
          ))}
        </ul>
      </section>

      {events.length ? (
        <section aria-labelledby="events">
          <h2 id="events">{t("workingGroups.relatedEvents")}</h2>
          {events.map((e) => (
            <EventCard key={e.slug} event={e} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="mandate">
        <h2 id="mandate">{t("workingGroups.mandate")}</h2>
        <LongText picked={group.mandate} />
      </section>
    </div>
  );
}
