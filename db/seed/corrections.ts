import { sql } from "drizzle-orm";
import { events } from "../schema";
import type { Tx } from "../../app/utils/db.server";
import type { Lang } from "../../app/utils/i18n";
import { sourceCorrections } from "./source-corrections";

/**
 * Wording corrected in the seed content after databases were seeded with it: in one language, a
 * phrase as first seeded and as it reads now. `npm run seed` applies them to the seeded rows (by
 * slug) of an existing database wherever the stored text still holds the old phrase; whatever the
 * secretariat wrote around it is kept. The letters' bodies are left as issued (CL-23/15 writes
 * «1,5 درجة» itself), so only their subjects and addressees are corrected.
 */
export const wordingCorrections: { lang: Lang; from: string; to: string }[] = [
  // Facts the source documents attribute otherwise, or do not give (source-corrections.ts).
  ...sourceCorrections,
  // Arabic writes the decimal point; the comma separates thousands (as Intl formats the site's numbers).
  ...["1,7%", "6,9%", "1,5 درجة", "13,8 مليار", "2,6 مليار", "1,3 مليون"].map((from) => ({ lang: "ar" as const, from, to: from.replace(",", ".") })),
  // «Workshop» is 讲习班 in Chinese (glossary, term 4); 研讨会 is a seminar, 网络研讨会 a webinar.
  { lang: "zh", from: "国际电联研讨会“", to: "国际电联讲习班“" },
  { lang: "zh", from: "联合举办的线上研讨会", to: "联合举办的线上讲习班" },
  { lang: "zh", from: "示例混合式研讨会", to: "示例混合式讲习班" },
  // Arabic quotes with «…» (the TSB Circular 114 subject had straight quotes).
  { lang: "ar", from: 'ورشة عمل الاتحاد "الحد من', to: "ورشة عمل الاتحاد «الحد من" },
  { lang: "ar", from: 'في النطاق 3" (حدث افتراضي', to: "في النطاق 3» (حدث افتراضي" },
  // Arabic: an event is «فعالية» (glossary, term 7), never «حدث»; a hybrid one is held «حضورياً وعبر
  // الإنترنت», as the format's label says; seats are «مقاعد», as the registration form counts them.
  { lang: "ar", from: "(حدث افتراضي بالكامل،", to: "(فعالية افتراضية بالكامل،" },
  {
    lang: "ar",
    from: "ندوة إلكترونية على سبيل المثال توضح كيفية عرض البوابة لحدث عبر الإنترنت:",
    to: "مثال لندوة إلكترونية يوضح كيف تعرض البوابة فعالية عبر الإنترنت:",
  },
  {
    lang: "ar",
    from: "هذا حدث على سبيل المثال أُنشئ لعرض البوابة، ولا يقابله أي حدث فعلي للاتحاد.",
    to: "هذه فعالية نموذجية أُنشئت لعرض البوابة، ولا تقابلها أي فعالية فعلية للاتحاد.",
  },
  {
    lang: "ar",
    from: "ورشة عمل هجينة على سبيل المثال توضح كيفية عرض البوابة لحدث بعدد محدود من الأماكن:",
    to: "مثال لورشة عمل مختلطة (حضورياً وعبر الإنترنت) يوضح كيف تعرض البوابة فعالية ذات عدد محدود من المقاعد:",
  },
  { lang: "ar", from: "مفتوحة للجميع؛ 40 مكاناً", to: "مفتوحة للجميع؛ 40 مقعداً" },
  // Arabic groups thousands with the comma, as Intl writes the same figures on the emissions pages.
  ...["1 183", "1 674", "1 969"].map((from) => ({ lang: "ar" as const, from, to: from.replace(" ", ",") })),
  // Spanish quotes with «…» too (the same subject, first seeded with straight quotes).
  { lang: "es", from: 'Taller de la UIT "Reducir', to: "Taller de la UIT «Reducir" },
  { lang: "es", from: 'de alcance 3" (totalmente', to: "de alcance 3» (totalmente" },
  // Spanish, like Intl, keeps a figure with its sign: a no-break space before «%» and «°C» («45 %», «1,5 °C»).
  ...[" %", " °C"].map((from) => ({ lang: "es" as const, from, to: `\u00a0${from.slice(1)}` })),
  // Russian quotes with «…» (glossary, Register): the source texts' straight quotes, kept in the letters' bodies as issued.
  ...["Зеленая цифровая кампания", "зеленых", "зеленые", "Ранние предупреждения для всех", "Окружающая среда, ЭМП и экономика замкнутого цикла"].map(
    (name) => ({
      lang: "ru" as const,
      from: `"${name}"`,
      to: `«${name}»`,
    }),
  ),
  { lang: "ru", from: 'Семинар-практикум МСЭ "Уменьшение', to: "Семинар-практикум МСЭ «Уменьшение" },
  { lang: "ru", from: 'парниковых газов" (полностью', to: "парниковых газов» (полностью" },
  // «Respaldar» is kept out of Spanish texts, where it would read as endorsing (glossary: refrendar).
  { lang: "es", from: "La iniciativa respalda el objetivo", to: "La iniciativa apoya el objetivo" },
  // French sets a no-break space before « : ; ? ! » and inside guillemets, so that no line of a narrow
  // screen starts with the sign alone; an event is a «manifestation» (glossary, term 7).
  ...[" :", " ;", " ?", " !", " »"].map((from) => ({ lang: "fr" as const, from, to: `\u00a0${from.slice(1)}` })),
  { lang: "fr", from: "« ", to: "«\u00a0" },
  { lang: "fr", from: "présente un événement en ligne", to: "présente une manifestation en ligne" },
  { lang: "fr", from: "présente un événement à places limitées", to: "présente une manifestation à places limitées" },
  {
    lang: "fr",
    from: "Cet événement est un exemple créé pour présenter le portail. Il ne correspond à aucun événement réel de l'UIT.",
    to: "Cette manifestation est un exemple créé pour présenter le portail. Elle ne correspond à aucune manifestation réelle de l'UIT.",
  },
  // French: a GHG scope is a «périmètre», «scope» kept in brackets where a text first names it (glossary,
  // term 30); the COP29 Presidency is «la présidence» (term 40); the initiative's name is quoted after «l'initiative de l'UIT».
  { lang: "fr", from: "GES de scope 3", to: "GES du périmètre 3 (scope 3)" },
  { lang: "fr", from: "le nouveau guide sur le scope 3", to: "le nouveau guide sur le périmètre 3 (scope 3)" },
  { lang: "fr", from: "Les émissions de scope 3, c'est-à-dire", to: "Les émissions du périmètre 3 (scope 3), c'est-à-dire" },
  { lang: "fr", from: "orientations relatives au scope 3", to: "orientations relatives au périmètre 3" },
  { lang: "fr", from: "leurs émissions de scope 3", to: "leurs émissions du périmètre 3" },
  { lang: "fr", from: "gaz à effet de serre de scope 3", to: "gaz à effet de serre du périmètre 3" },
  { lang: "fr", from: "l'ensemble des scopes et catégories", to: "l'ensemble des périmètres et catégories" },
  {
    lang: "fr",
    from: "de la chaîne de valeur (scope 3), en s'appuyant sur le guide sur le scope 3",
    to: "de la chaîne de valeur (périmètre 3, ou scope 3), en s'appuyant sur le guide sur le périmètre 3",
  },
  { lang: "fr", from: "en tant que Présidence de la COP29", to: "en tant que présidence de la COP29" },
  {
    lang: "fr",
    from: "l'initiative de l'UIT Action du secteur du numérique pour l'environnement",
    to: "l'initiative de l'UIT «\u00a0Action du secteur du numérique pour l'environnement\u00a0»",
  },
  // UN Arabic writes a percentage out in running text, «45 في المائة», not «45%» (after the decimal point above).
  ...["1.7%", "6.9%", "45%", "20%"].map((from) => ({ lang: "ar" as const, from, to: `${from.slice(0, -1)} في المائة` })), // Pillar 1 named Recommendations ITU-T L.1450 and L.1470 as the basis of ITU's public database; the
  // Council report (2024) gives them as guidance on collecting the data, the database following L.Database.
  {
    lang: "en",
    from: "public ITU database based on standardized methods (Recommendations ITU-T L.1450 and L.1470).",
    to: "public ITU database based on standardized methods.",
  },
  { lang: "fr", from: "fondée sur des méthodes normalisées (Recommandations UIT-T L.1450 et L.1470).", to: "fondée sur des méthodes normalisées." },
  { lang: "es", from: "basada en métodos normalizados (Recomendaciones UIT-T L.1450 y L.1470).", to: "basada en métodos normalizados." },
  { lang: "ru", from: "основанную на стандартизированных методах (Рекомендации МСЭ-Т L.1450 и L.1470).", to: "основанную на стандартизированных методах." },
  { lang: "zh", from: "基于标准化方法（ITU-T L.1450和L.1470建议书）的国际电联公共数据库。", to: "基于标准化方法的国际电联公共数据库。" },
  { lang: "ar", from: "قائمة على منهجيات موحدة (التوصيتان ITU-T L.1450 وL.1470).", to: "قائمة على منهجيات موحدة." },
  // The working group on emissions gave −45 % by 2030 and net zero by 2050 as the partners' COP28 commitments;
  // the Council report names no figure for them: the path is what Resolution 1429 recognizes the 1.5 °C goal requires.
  {
    lang: "en",
    from: "in line with the 1.5°C goal: 45% by 2030 against 2020, and net zero by 2050.",
    to: "in line with the 1.5°C goal, which, as Council Resolution 1429 recognizes, requires the sector to cut its emissions by 45% by 2030 against 2020 and to reach net zero by 2050.",
  },
  {
    lang: "fr",
    from: "conformément à l'objectif de 1,5 °C\u00a0: moins 45 % d'ici à 2030 par rapport à 2020 et zéro émission nette d'ici à 2050.",
    to: "conformément à l'objectif de 1,5\u00a0°C, qui exige, comme le reconnaît la Résolution 1429 du Conseil, que le secteur réduise ses émissions de 45\u00a0% d'ici à 2030 par rapport à 2020 et atteigne zéro émission nette d'ici à 2050.",
  },
  {
    lang: "es",
    from: "en consonancia con el objetivo de 1,5\u00a0°C: un 45\u00a0% para 2030 con respecto a 2020 y cero emisiones netas para 2050.",
    to: "en consonancia con el objetivo de 1,5\u00a0°C, que, como reconoce la Resolución 1429 del Consejo, exige que el sector reduzca sus emisiones un 45\u00a0% para 2030 con respecto a 2020 y alcance cero emisiones netas para 2050.",
  },
  {
    lang: "ru",
    from: "в соответствии с целью в 1,5 °C: на 45% к 2030 году по сравнению с 2020 годом и до нулевого чистого уровня к 2050 году.",
    to: "в соответствии с целью в 1,5 °C, для достижения которой, как признается в Резолюции 1429 Совета, сектор должен сократить свои выбросы на 45% к 2030 году по сравнению с 2020 годом и достичь нулевых чистых выбросов к 2050 году.",
  },
  {
    lang: "zh",
    from: "按照1.5°C目标减少ICT行业排放：到2030年在2020年基础上减少45%，到2050年实现净零排放。",
    to: "按照1.5°C目标减少ICT行业排放。理事会第1429号决议认识到，实现这一目标需要到2030年将该行业排放量在2020年基础上减少45%，到2050年实现净零排放。",
  },
  {
    lang: "ar",
    from: "تماشياً مع هدف 1.5 درجة مئوية: بنسبة 45 في المائة بحلول عام 2030 مقارنة بعام 2020، وبلوغ صافي انبعاثات صفري بحلول عام 2050.",
    to: "تماشياً مع هدف 1.5 درجة مئوية، الذي يقتضي، كما يقر قرار المجلس 1429، خفض انبعاثات القطاع بنسبة 45 في المائة بحلول عام 2030 مقارنة بعام 2020 وبلوغ صافي انبعاثات صفري بحلول عام 2050.",
  },
];

/** The tables holding seeded content, with their translated columns that may be corrected. */
const targets: { table: string; columns: string[] }[] = [
  { table: "pillars", columns: ["title", "description"] },
  { table: "working_groups", columns: ["name", "mandate"] },
  { table: "events", columns: ["title", "summary", "description", "venue", "audience", "fee"] },
  { table: "circulars", columns: ["subject", "addressees"] },
  { table: "declarations", columns: ["title", "summary"] },
];

function corrected(value: string | null): string | null {
  if (value === null) return null;
  const texts = JSON.parse(value) as Record<string, string>;
  let changed = false;
  for (const c of wordingCorrections) {
    const text = texts[c.lang];
    if (typeof text === "string" && text.includes(c.from)) {
      texts[c.lang] = text.replaceAll(c.from, c.to);
      changed = true;
    }
  }
  return changed ? JSON.stringify(texts) : null;
}

/** Applies wordingCorrections to the seeded rows named by slug; returns the number of rows changed. */
export function correctSeededWording(tx: Tx, slugs: string[]): number {
  if (slugs.length === 0 || wordingCorrections.length === 0) return 0;
  const inSlugs = sql.join(
    slugs.map((s) => sql`${s}`),
    sql`, `,
  );
  let changed = 0;
  const fix = (table: string, columns: string[], where: ReturnType<typeof sql>) => {
    const rows = tx.all<Record<string, string | number | null>>(
      sql`select id, ${sql.raw(columns.map((c) => `"${c}"`).join(", "))} from ${sql.identifier(table)} where ${where}`,
    );
    for (const row of rows) {
      const sets = columns.flatMap((c) => {
        const next = corrected(row[c] as string | null);
        return next === null ? [] : [sql`${sql.identifier(c)} = ${next}`];
      });
      if (sets.length === 0) continue;
      tx.run(sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)} where id = ${row.id}`);
      changed++;
    }
  };
  for (const t of targets) fix(t.table, t.columns, sql`slug in (${inSlugs})`);
  fix("event_sessions", ["title"], sql`event_id in (select id from events where slug in (${inSlugs}))`);
  return changed;
}

/**
 * Events the sources give by their days only were first seeded with clock times spanning them
 * (COP28: 00:00 on 30 November to 23:59 on 12 December, Dubai time), so pages showed hours nobody
 * announced and a UTC line starting the day before. A row still holding exactly those times becomes
 * date-only, ending at the midnight after its last day; an event the secretariat changed is left alone.
 */
const wholeDays = [{ slug: "cop28-green-digital-action", startsAt: "2023-11-29T20:00:00Z", was: "2023-12-12T19:59:00Z", endsAt: "2023-12-12T20:00:00Z" }];

export function correctWholeDays(tx: Tx, now: number): number {
  let changed = 0;
  for (const e of wholeDays)
    changed += tx
      .update(events)
      .set({ dateOnly: true, endsAt: Date.parse(e.endsAt), updatedAt: now })
      .where(
        sql`${events.slug} = ${e.slug} and ${events.dateOnly} = 0 and ${events.startsAt} = ${Date.parse(e.startsAt)} and ${events.endsAt} = ${Date.parse(e.was)}`,
      )
      .run().changes;
  return changed;
}

/**
 * A seeded event's description first seeded in fewer languages (the Scope 3 workshop's, in the
 * letter's Russian and English only) gains the languages added since, as long as every language it
 * holds still reads as seeded: a description the secretariat edited is left alone.
 */
export function addSeededLanguages(tx: Tx, seeded: { slug: string; description: Partial<Record<Lang, string>> }[]): number {
  let changed = 0;
  for (const e of seeded) {
    const row = tx
      .select({ id: events.id, description: events.description })
      .from(events)
      .where(sql`${events.slug} = ${e.slug}`)
      .get();
    if (!row) continue;
    const stored = row.description as Partial<Record<Lang, string>>;
    const held = Object.entries(stored);
    const missing = Object.keys(e.description).filter((l) => !(l in stored));
    if (missing.length === 0 || !held.every(([l, text]) => e.description[l as Lang] === text)) continue;
    changed += tx
      .update(events)
      .set({ description: { ...e.description, ...stored } })
      .where(sql`${events.id} = ${row.id}`)
      .run().changes;
  }
  return changed;
}
