import type { Picked } from "~/utils/i18n";
import { useLang } from "~/utils/use-lang";
import { T } from "./content";

export type PillarView = { slug: string; number: string; title: Picked; description: Picked };

export function PillarList({ pillars }: { pillars: PillarView[] }) {
  const lang = useLang();
  return (
    <ol className="plain-list">
      {pillars.map((p) => (
        <li key={p.slug} className="card pillar-card">
          <h2>
            <span className="pillar-number" aria-hidden="true">
              {p.number}
            </span>{" "}
            <a href={`/${lang}/pillars/${p.slug}`}>
              <T picked={p.title} />
            </a>
          </h2>
          <T picked={p.description} as="p" />
        </li>
      ))}
    </ol>
  );
}
