import type { Lang } from "./i18n";

/**
 * Organisers named in the seed's events, in the other UN languages as the same events' own
 * summaries name them (db/seed/content/events.ts, the COP29 Digitalization Day roundtable): content,
 * not interface text. A name not listed keeps the form it was given in.
 */
export const organiserNames: Record<string, Partial<Record<Lang, string>>> = {
  "COP29 Presidency (Azerbaijan)": {
    fr: "Présidence de la COP29 (Azerbaïdjan)",
    es: "Presidencia de la COP29 (Azerbaiyán)",
    ru: "Председатель КС-29 (Азербайджан)",
    zh: "COP29主席国（阿塞拜疆）",
    ar: "رئاسة مؤتمر الأطراف COP29 (أذربيجان)",
  },
  "Ministry of Digital Development and Transport of the Republic of Azerbaijan": {
    fr: "Ministère du développement numérique et des transports de la République d'Azerbaïdjan",
    es: "Ministerio de Desarrollo Digital y Transporte de la República de Azerbaiyán",
    ru: "Министерство цифрового развития и транспорта Азербайджанской Республики",
    zh: "阿塞拜疆共和国数字发展和交通部",
    ar: "وزارة التنمية الرقمية والنقل في جمهورية أذربيجان",
  },
};
