import type { SeedEvent } from "./types";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The instant `days` after `now`, at the given UTC hour on the hour. */
function dayAt(now: number, days: number, utcHour: number): number {
  const d = new Date(now + days * DAY);
  d.setUTCHours(utcHour, 0, 0, 0);
  return d.getTime();
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Two clearly marked example events placed relative to `now`, for demonstrations and tests. They do not
 * correspond to real ITU events.
 */
export function exampleEvents(now: number): SeedEvent[] {
  // Webinar: about three weeks ahead, one hour, 13:00–14:00 UTC (afternoon in Geneva).
  const webinarStart = dayAt(now, 21, 13);
  const webinarEnd = webinarStart + HOUR;

  // Workshop: about six weeks ahead, three hours, 08:00–11:00 UTC (morning in Geneva).
  const workshopStart = dayAt(now, 42, 8);
  const workshopEnd = workshopStart + 3 * HOUR;

  const registrationOpens = iso(now - DAY);

  return [
    {
      slug: "example-webinar-green-standards",
      kind: "webinar",
      title: {
        en: "Example: Introduction to green ICT standards",
        fr: "Exemple : introduction aux normes vertes pour les TIC",
        es: "Ejemplo: introducción a las normas verdes para las TIC",
        ru: `Пример: введение в «зеленые» стандарты ИКТ`,
        zh: "示例：绿色ICT标准入门",
        ar: "مثال: مقدمة إلى المعايير الخضراء لتكنولوجيا المعلومات والاتصالات",
      },
      summary: {
        en: "An example webinar showing how the portal presents an online event: a one-hour introduction to ITU standards for measuring and reporting the ICT sector's greenhouse gas emissions.",
        fr: "Un webinaire d'exemple qui montre comment le portail présente une manifestation en ligne : une introduction d'une heure aux normes de l'UIT permettant de mesurer et de déclarer les émissions de gaz à effet de serre du secteur des TIC.",
        es: "Un seminario web de ejemplo que muestra cómo el portal presenta un evento en línea: una introducción de una hora a las normas de la UIT para medir y notificar las emisiones de gases de efecto invernadero del sector de las TIC.",
        ru: "Пример вебинара, показывающий, как портал представляет онлайновое мероприятие: часовое введение в стандарты МСЭ для измерения выбросов парниковых газов в секторе ИКТ и представления отчетности о них.",
        zh: "示例网络研讨会，展示门户网站如何呈现线上活动：用一小时介绍国际电联关于测量和报告ICT行业温室气体排放的标准。",
        ar: "مثال لندوة إلكترونية يوضح كيف تعرض البوابة فعالية عبر الإنترنت: مقدمة مدتها ساعة واحدة عن معايير الاتحاد لقياس انبعاثات غازات الاحتباس الحراري في قطاع تكنولوجيا المعلومات والاتصالات والإبلاغ عنها.",
      },
      description: {
        en: "This is an example event created to demonstrate the portal. It does not correspond to a real ITU event.\n\n## Topics\n\n- Why standardized measurement matters\n- Questions and answers",
        fr: "Cette manifestation est un exemple créé pour présenter le portail. Elle ne correspond à aucune manifestation réelle de l'UIT.\n\n## Thèmes\n\n- Pourquoi des mesures normalisées sont importantes\n- Questions et réponses",
        es: "Este es un evento de ejemplo creado para mostrar el portal. No corresponde a ningún evento real de la UIT.\n\n## Temas\n\n- Por qué es importante una medición normalizada\n- Preguntas y respuestas",
        ru: "Это пример мероприятия, созданный для демонстрации портала. Он не соответствует какому-либо реальному мероприятию МСЭ.\n\n## Темы\n\n- Почему важны стандартизированные измерения\n- Вопросы и ответы",
        zh: "这是为演示门户网站而创建的示例活动，并非国际电联的真实活动。\n\n## 主题\n\n- 标准化测量为何重要\n- 问答环节",
        ar: "هذه فعالية نموذجية أُنشئت لعرض البوابة، ولا تقابلها أي فعالية فعلية للاتحاد.\n\n## المحاور\n\n- أهمية القياس الموحد\n- أسئلة وأجوبة",
      },
      startsAt: iso(webinarStart),
      endsAt: iso(webinarEnd),
      timeZone: "Europe/Zurich",
      format: "virtual",
      venue: { en: "Online", fr: "En ligne", es: "En línea", ru: "Онлайн", zh: "线上", ar: "عبر الإنترنت" },
      organisers: ["ITU"],
      audience: {
        en: "Open to all",
        fr: "Ouvert à tous",
        es: "Abierto a todos",
        ru: "Открыто для всех",
        zh: "向所有人开放",
        ar: "مفتوحة للجميع",
      },
      fee: { en: "Free of charge", fr: "Gratuit", es: "Gratuita", ru: "Бесплатно", zh: "免费", ar: "مجاناً" },
      registrationOpensAt: registrationOpens,
      registrationClosesAt: iso(webinarStart),
      capacity: 100,
      requiresApproval: false,
      joinUrl: "https://meet.example.org/gda-webinar",
      externalRegistration: null,
      circularSlug: null,
      pillarSlugs: ["green-standards"],
      sessions: [
        {
          startsAt: iso(webinarStart),
          endsAt: iso(webinarStart + 40 * 60 * 1000),
          title: {
            en: "Why standardized measurement matters",
            fr: "Pourquoi des mesures normalisées sont importantes",
            es: "Por qué es importante una medición normalizada",
            ru: "Почему важны стандартизированные измерения",
            zh: "标准化测量为何重要",
            ar: "أهمية القياس الموحد",
          },
        },
        {
          startsAt: iso(webinarStart + 40 * 60 * 1000),
          endsAt: iso(webinarEnd),
          title: {
            en: "Questions and answers",
            fr: "Questions et réponses",
            es: "Preguntas y respuestas",
            ru: "Вопросы и ответы",
            zh: "问答环节",
            ar: "أسئلة وأجوبة",
          },
        },
      ],
    },
    {
      slug: "example-workshop-circular-ict",
      kind: "workshop",
      title: {
        en: "Example: Designing circular ICT products",
        fr: "Exemple : concevoir des produits TIC circulaires",
        es: "Ejemplo: diseño de productos TIC circulares",
        ru: "Пример: проектирование продукции ИКТ на основе принципов замкнутого цикла",
        zh: "示例：循环ICT产品设计",
        ar: "مثال: تصميم منتجات دائرية لتكنولوجيا المعلومات والاتصالات",
      },
      summary: {
        en: "An example hybrid workshop showing how the portal presents an event with limited places: three hours on eco-design, longer product life and e-waste collection.",
        fr: "Un atelier hybride d'exemple qui montre comment le portail présente une manifestation à places limitées : trois heures consacrées à l'écoconception, à l'allongement de la durée de vie des produits et à la collecte des déchets électroniques.",
        es: "Un taller híbrido de ejemplo que muestra cómo el portal presenta un evento con plazas limitadas: tres horas dedicadas al ecodiseño, la prolongación de la vida útil de los productos y la recogida de residuos electrónicos.",
        ru: "Пример гибридного семинара-практикума, показывающий, как портал представляет мероприятие с ограниченным числом мест: три часа, посвященные экологичному проектированию, продлению срока службы продукции и сбору электронных отходов.",
        zh: "示例混合式讲习班，展示门户网站如何呈现名额有限的活动：用三小时探讨生态设计、延长产品寿命和电子废弃物收集。",
        ar: "مثال لورشة عمل مختلطة (حضورياً وعبر الإنترنت) يوضح كيف تعرض البوابة فعالية ذات عدد محدود من المقاعد: ثلاث ساعات حول التصميم الإيكولوجي وإطالة عمر المنتجات وجمع النفايات الإلكترونية.",
      },
      description: {
        en: "This is an example event created to demonstrate the portal. It does not correspond to a real ITU event.\n\n## Topics\n\n- Eco-design and longer product life\n- From e-waste to resources: collection and recycling",
        fr: "Cette manifestation est un exemple créé pour présenter le portail. Elle ne correspond à aucune manifestation réelle de l'UIT.\n\n## Thèmes\n\n- Écoconception et allongement de la durée de vie des produits\n- Des déchets électroniques aux ressources : collecte et recyclage",
        es: "Este es un evento de ejemplo creado para mostrar el portal. No corresponde a ningún evento real de la UIT.\n\n## Temas\n\n- Ecodiseño y prolongación de la vida útil de los productos\n- De los residuos electrónicos a los recursos: recogida y reciclaje",
        ru: "Это пример мероприятия, созданный для демонстрации портала. Он не соответствует какому-либо реальному мероприятию МСЭ.\n\n## Темы\n\n- Экологичное проектирование и продление срока службы продукции\n- От электронных отходов к ресурсам: сбор и переработка",
        zh: "这是为演示门户网站而创建的示例活动，并非国际电联的真实活动。\n\n## 主题\n\n- 生态设计与延长产品寿命\n- 变电子废弃物为资源：收集与回收",
        ar: "هذه فعالية نموذجية أُنشئت لعرض البوابة، ولا تقابلها أي فعالية فعلية للاتحاد.\n\n## المحاور\n\n- التصميم الإيكولوجي وإطالة عمر المنتجات\n- من النفايات الإلكترونية إلى الموارد: الجمع وإعادة التدوير",
      },
      startsAt: iso(workshopStart),
      endsAt: iso(workshopEnd),
      timeZone: "Europe/Zurich",
      format: "hybrid",
      venue: {
        en: "ITU headquarters, Geneva, and online",
        fr: "Siège de l'UIT, Genève, et en ligne",
        es: "Sede de la UIT, Ginebra, y en línea",
        ru: "Штаб-квартира МСЭ, Женева, и онлайн",
        zh: "日内瓦国际电联总部及线上",
        ar: "مقر الاتحاد في جنيف وعبر الإنترنت",
      },
      organisers: ["ITU"],
      audience: {
        en: "Open to all; 40 places",
        fr: "Ouvert à tous ; 40 places",
        es: "Abierto a todos; 40 plazas",
        ru: "Открыто для всех; 40 мест",
        zh: "向所有人开放；名额40个",
        ar: "مفتوحة للجميع؛ 40 مقعداً",
      },
      fee: { en: "Free of charge", fr: "Gratuit", es: "Gratuita", ru: "Бесплатно", zh: "免费", ar: "مجاناً" },
      registrationOpensAt: registrationOpens,
      registrationClosesAt: iso(workshopStart),
      capacity: 40,
      requiresApproval: false,
      joinUrl: null,
      externalRegistration: null,
      circularSlug: null,
      pillarSlugs: ["circular-ict"],
      sessions: [
        {
          startsAt: iso(workshopStart),
          endsAt: iso(workshopStart + 90 * 60 * 1000),
          title: {
            en: "Eco-design and longer product life",
            fr: "Écoconception et allongement de la durée de vie des produits",
            es: "Ecodiseño y prolongación de la vida útil de los productos",
            ru: "Экологичное проектирование и продление срока службы продукции",
            zh: "生态设计与延长产品寿命",
            ar: "التصميم الإيكولوجي وإطالة عمر المنتجات",
          },
        },
        {
          startsAt: iso(workshopStart + 105 * 60 * 1000),
          endsAt: iso(workshopEnd),
          title: {
            en: "From e-waste to resources: collection and recycling",
            fr: "Des déchets électroniques aux ressources : collecte et recyclage",
            es: "De los residuos electrónicos a los recursos: recogida y reciclaje",
            ru: "От электронных отходов к ресурсам: сбор и переработка",
            zh: "变电子废弃物为资源：收集与回收",
            ar: "من النفايات الإلكترونية إلى الموارد: الجمع وإعادة التدوير",
          },
        },
      ],
    },
  ];
}
