import type { SeedEvent } from "../types";
import { scope3DescriptionTranslations } from "./scope3-workshop";

const allPillars = ["ict-emissions", "circular-ict", "open-data", "green-standards", "green-transformation", "early-warnings"];

const scope3DescriptionEn = `The telecommunication industry connects people and drives digital transformation, but it also contributes to greenhouse gas emissions – not only from its own operations but also from its supply chain and the use of its products. Scope 3 emissions, the indirect emissions of the value chain, are becoming increasingly significant, and with COP28 approaching the industry needs to act now to reduce them.

## About the workshop

ITU, the GSMA and the Global Enabling Sustainability Initiative (GeSI) are organizing this workshop to present new Scope 3 guidance to telecom operators. Experts will discuss the challenges and opportunities for telecommunication companies in calculating and reducing their Scope 3 emissions, and the event will give a high-level overview of the recently released guidance. The guidance harmonizes how operators allocate, calculate and report their Scope 3 greenhouse gas emissions, to improve accuracy, coverage and transparency; it complements, and does not replace, existing standards.

## Who should attend

- senior policy-makers
- private-sector specialists
- representatives of UN agencies, academia, civil society, regional organizations and NGOs
- other relevant stakeholders

## Participation

Participation is free of charge and open to all. Online pre-registration is mandatory. The draft programme and all further information are published on the event web page, https://www.itu.int/en/ITU-T/Workshops-and-Seminars/2023/0711/Pages/default.aspx, which is updated as new information becomes available.`;

const scope3DescriptionRu = `Отрасль электросвязи играет решающую роль в соединении людей и содействии цифровой трансформации, но она также вносит вклад в выбросы парниковых газов – не только от собственных операций, но и от использования цепочки поставок и продуктов. Выбросы группы 3, то есть косвенные выбросы цепочки создания стоимости, приобретают все большее значение, и в преддверии КС-28 отрасли необходимо уже сейчас принимать меры для их сокращения.

## О семинаре-практикуме

МСЭ, Ассоциация GSM и Глобальная инициатива по созданию благоприятных условий для устойчивого развития (GeSI) организуют этот семинар-практикум, с тем чтобы представить операторам электросвязи новые руководящие указания в отношении группы 3. Эксперты обсудят проблемы и перспективы компаний электросвязи в области расчета и сокращения их выбросов группы 3, а участникам будет представлен обзор высокого уровня недавно выпущенного руководства. В руководстве согласуются методы распределения, расчета и сообщения операторами электросвязи их выбросов парниковых газов группы 3 в целях повышения точности, расширения охвата и увеличения прозрачности; оно дополняет, а не заменяет существующие стандарты.

## Для кого предназначено мероприятие

- высшие руководители директивных органов
- специалисты из частного сектора
- представители учреждений ООН, академических организаций, гражданского общества, региональных организаций и НПО
- другие соответствующие заинтересованные стороны

## Участие

Участие бесплатное и открыто для всех. Предварительная регистрация в онлайновом режиме является обязательной. Проект программы и вся дополнительная информация размещаются на веб-странице мероприятия https://www.itu.int/en/ITU-T/Workshops-and-Seminars/2023/0711/Pages/default.aspx, которая обновляется по мере появления новой информации.`;

const cop28DescriptionEn = `Green Digital Action brings the ICT community together to step up its efforts against the climate crisis. Following the SDG Digital Day in New York on 17 September 2023, ITU – with partners from the United Nations, governments, business and civil society – holds a Green Digital Action track at the UN Climate Change Conference COP28 in Dubai. On World Environment Day, 5 June 2023, ITU and 18 core partners launched a public campaign to mobilize other stakeholders to join.

COP28 is a key opportunity to showcase the value of digital climate action and to raise the ICT sector's ambition to reduce its own footprint in support of the goal of limiting the temperature rise to 1.5°C. It coincides with the World Radiocommunication Conference (WRC-23), which ITU is holding at the same time in Dubai.

## The campaign's aims

- Monitor climate and carbon through open environmental data and technologies.
- Mitigate climate change through ICT-sector transition plans focused on value-chain (Scope 3) decarbonization, a circular ICT industry, green standards, green-by-design principles and the green transformation of the wider economy and society.
- Adapt to climate change with connectivity and digital technologies, notably by supporting the UN Secretary-General's Early Warnings for All initiative.

## How to take part

- Collaborate ahead of COP28 to co-create and accelerate digitally driven achievements that support the climate agenda.
- Prioritize digital climate action and host elements of the Green Digital Action track at your pavilion during COP28.
- Register your interest or contact the ITU secretariat at green@itu.int.`;

const cop28DescriptionAr = `يجمع العمل الرقمي الأخضر مجتمع تكنولوجيا المعلومات والاتصالات لتكثيف جهوده في سبيل مكافحة أزمة المناخ. وعقب اليوم الرقمي لأهداف التنمية المستدامة في نيويورك في 17 سبتمبر 2023، يعقد الاتحاد، بالتعاون مع الشركاء من الأمم المتحدة والحكومات ودوائر الأعمال والمجتمع المدني، مسار العمل الرقمي الأخضر في مؤتمر الأمم المتحدة بشأن المناخ COP28 في دبي. وبمناسبة اليوم العالمي للبيئة في 5 يونيو 2023، أطلق الاتحاد بالتعاون مع 18 شريكاً من الشركاء الأساسيين حملة عامة لحشد أصحاب المصلحة الآخرين للانضمام إلى هذه الجهود.

ويتيح المؤتمر COP28 فرصة رئيسية لعرض قيمة العمل المناخي الرقمي وللنهوض بطموح قطاع تكنولوجيا المعلومات والاتصالات في الحد من بصمته الخاصة دعماً لهدف الحد من ارتفاع درجة الحرارة لكي لا يتجاوز 1.5 درجة مئوية. ويتزامن المؤتمر مع المؤتمر العالمي للاتصالات الراديوية (WRC-23) الذي ينظمه الاتحاد في الوقت نفسه في دبي.

## أهداف الحملة

- رصد المناخ والكربون من خلال البيانات والتكنولوجيات البيئية المفتوحة.
- التخفيف من آثار تغير المناخ من خلال خطط انتقالية لقطاع تكنولوجيا المعلومات والاتصالات تركز على إزالة الكربون من سلسلة القيمة (النطاق 3)، وصناعة دائرية لتكنولوجيا المعلومات والاتصالات، والمعايير الخضراء، ومبادئ مراعاة البيئة منذ مرحلة التصميم، والتحول الأخضر للاقتصاد والمجتمع الأوسع.
- التكيف مع تغير المناخ بالاستعانة بالتوصيلية والتكنولوجيات الرقمية، لا سيما من خلال دعم مبادرة الأمين العام للأمم المتحدة بشأن الإنذار المبكر للجميع.

## سبل المشاركة

- العمل التعاوني قبل المؤتمر COP28 للمشاركة في تحقيق وتسريع الإنجازات القائمة على التكنولوجيا الرقمية التي تدعم برنامج المناخ.
- إيلاء الأولوية للعمل المناخي الرقمي واستضافة عناصر من مسار العمل الرقمي الأخضر في جناحكم خلال المؤتمر COP28.
- التسجيل لإبداء الاهتمام أو الاتصال بأمانة الاتحاد عبر العنوان green@itu.int.`;

const cop29DescriptionEn = `In preparation for the UN Climate Change Conference (COP29), ITU, Azerbaijan as the COP29 Presidency and the Ministry of Digital Development and Transport of the Republic of Azerbaijan invite ministers, high-level officials and key stakeholders to a high-level roundtable for Digitalization Day at COP29 – the first-ever Digitalization Day at a COP.

## COP29 Declaration on Green Digital Action

The roundtable is linked to the COP29 Declaration on Green Digital Action, which affirms the important role of digital technologies in combating climate change and sets out a framework for collaboration to ensure that the growth of digital technologies does not lead to further environmental degradation. Member States, Sector Members, Associates, Academia and other stakeholders are invited to endorse it by an official letter or note verbale to the COP29 Presidency, or by email to digitalisation@cop29.az with any additional statement they wish to include.

## Registration

To register for the roundtable, contact the ITU secretariat at green@itu.int. The circular letter gives the date of the roundtable, 16 November 2024, and not its time.`;

const cop29DescriptionRu = `В рамках подготовки к Конференции ООН по изменению климата (КС-29) МСЭ, Азербайджан как председатель КС-29 и Министерство цифрового развития и транспорта Азербайджанской Республики приглашают министров, высокопоставленных должностных лиц и ключевые заинтересованные стороны принять участие в круглом столе высокого уровня по случаю Дня цифровизации на КС-29 – первого в истории Дня цифровизации в рамках КС.

## Декларация КС-29 об инициативе «Зеленая цифровая кампания»

Круглый стол связан с Декларацией КС-29 об инициативе «Зеленая цифровая кампания», в которой подтверждается важная роль цифровых технологий в борьбе с изменением климата и излагается рамочная основа для сотрудничества, с тем чтобы рост цифровых технологий не приводил к дальнейшему ухудшению состояния окружающей среды. Государствам-Членам, Членам Секторов, Ассоциированным членам, Академическим организациям и другим заинтересованным сторонам предлагается одобрить Декларацию, направив официальное письмо или вербальную ноту в адрес председателя КС-29 либо сообщение по адресу электронной почты digitalisation@cop29.az с любым дополнительным заявлением, которое они пожелают включить.

## Регистрация

Чтобы зарегистрироваться для участия в круглом столе, просьба связаться с секретариатом МСЭ по адресу green@itu.int. Циркулярное письмо указывает дату проведения круглого стола, 16 ноября 2024 года, но не время.`;

export const events: SeedEvent[] = [
  {
    slug: "scope-3-ghg-reporting-workshop-2023",
    kind: "workshop",
    title: {
      en: "Reducing your carbon footprint – a guide for telecom operators on Scope 3 GHG reporting",
      ru: "Уменьшение вашего углеродного следа – руководство для операторов электросвязи по представлению отчетности по группе 3 парниковых газов",
      fr: "Réduire votre empreinte carbone – guide à l'intention des opérateurs de télécommunication sur la déclaration des émissions de GES du périmètre 3 (scope 3)",
      es: "Reducir su huella de carbono – guía para operadores de telecomunicaciones sobre la notificación de emisiones de GEI de alcance 3",
      zh: "减少碳足迹——电信运营商范围3温室气体排放报告指南",
      ar: "الحد من بصمتكم الكربونية – دليل لمشغلي الاتصالات بشأن الإبلاغ عن انبعاثات غازات الاحتباس الحراري في النطاق 3",
    },
    summary: {
      en: "A virtual workshop organized by ITU with the GSMA and GeSI to present the new Scope 3 guidance for telecom operators, which harmonizes how operators allocate, calculate and report the greenhouse gas emissions of their value chain.",
      ru: "Виртуальный семинар-практикум, организуемый МСЭ совместно с Ассоциацией GSM и GeSI, на котором будет представлено новое руководство для операторов электросвязи по группе 3, согласующее методы распределения, расчета и представления отчетности о выбросах парниковых газов в цепочке создания стоимости.",
      fr: "Atelier virtuel organisé par l'UIT avec la GSMA et la GeSI pour présenter le nouveau guide sur le périmètre 3 (scope 3) destiné aux opérateurs de télécommunication, qui harmonise la manière dont ceux-ci répartissent, calculent et déclarent les émissions de gaz à effet de serre de leur chaîne de valeur.",
      es: "Taller virtual organizado por la UIT con la GSMA y la GeSI para presentar la nueva guía sobre el alcance 3 destinada a los operadores de telecomunicaciones, que armoniza la forma en que estos asignan, calculan y notifican las emisiones de gases de efecto invernadero de su cadena de valor.",
      zh: "由国际电联与GSMA和GeSI联合举办的线上讲习班，介绍面向电信运营商的新版范围3指南。该指南统一了运营商分配、计算和报告价值链温室气体排放的方法。",
      ar: "ورشة عمل افتراضية ينظمها الاتحاد بالتعاون مع رابطة GSMA ومبادرة GeSI لعرض الإرشادات الجديدة بشأن النطاق 3 الموجهة إلى مشغلي الاتصالات، والتي توحّد طرق توزيع انبعاثات غازات الاحتباس الحراري في سلسلة القيمة وحسابها والإبلاغ عنها.",
    },
    description: { en: scope3DescriptionEn, ru: scope3DescriptionRu, ...scope3DescriptionTranslations },
    startsAt: "2023-07-11T13:00:00Z",
    endsAt: "2023-07-11T14:30:00Z",
    timeZone: "Europe/Zurich",
    format: "virtual",
    venue: { en: "Online", fr: "En ligne", es: "En línea", ru: "Онлайн", zh: "线上", ar: "عبر الإنترنت" },
    organisers: ["ITU", "GSMA", "GeSI"],
    audience: {
      en: "Open to all: policy-makers, telecom operators and other private-sector specialists, UN agencies, academia, civil society, regional organizations, NGOs and other stakeholders",
      ru: "Открыто для всех: руководители директивных органов, операторы электросвязи и другие специалисты частного сектора, учреждения ООН, академические организации, гражданское общество, региональные организации, НПО и другие заинтересованные стороны",
      fr: "Ouvert à tous : décideurs, opérateurs de télécommunication et autres spécialistes du secteur privé, institutions des Nations Unies, milieux universitaires, société civile, organisations régionales, ONG et autres parties prenantes",
      es: "Abierto a todos: responsables de políticas, operadores de telecomunicaciones y otros especialistas del sector privado, organismos de las Naciones Unidas, instituciones académicas, sociedad civil, organizaciones regionales, ONG y otras partes interesadas",
      zh: "向所有人开放：政策制定者、电信运营商和其他私营部门专家、联合国机构、学术界、民间社会、区域组织、非政府组织及其他利益攸关方",
      ar: "مفتوحة للجميع: واضعو السياسات ومشغلو الاتصالات وغيرهم من أخصائيي القطاع الخاص ووكالات الأمم المتحدة والأوساط الأكاديمية والمجتمع المدني والمنظمات الإقليمية والمنظمات غير الحكومية وسائر أصحاب المصلحة",
    },
    fee: { en: "Free of charge", ru: "Бесплатно", fr: "Gratuit", es: "Gratuita", zh: "免费", ar: "مجاناً" },
    registrationOpensAt: "2023-06-28T00:00:00Z",
    registrationClosesAt: "2023-07-11T13:00:00Z",
    capacity: null,
    requiresApproval: false,
    joinUrl: null,
    externalRegistration: null,
    circularSlug: "tsb-circular-114",
    pillarSlugs: ["ict-emissions", "green-standards"],
    sessions: [],
  },
  {
    slug: "cop28-green-digital-action",
    kind: "meeting",
    title: {
      en: "Green Digital Action track at COP28",
      ar: "مسار العمل الرقمي الأخضر في مؤتمر الأطراف COP28",
      fr: "Volet Action du secteur du numérique pour l'environnement à la COP28",
      es: "Programa de Acción Digital Ecológica en la COP28",
      ru: `Программа «Зеленая цифровая кампания» на КС-28`,
      zh: "COP28绿色数字行动系列活动",
    },
    summary: {
      en: "At the UN Climate Change Conference in Dubai, ITU and partners from the United Nations, governments, business and civil society hold a Green Digital Action track to step up the ICT community's efforts against the climate crisis. Stakeholders can collaborate ahead of COP28, prioritize digital climate action and host elements of the track at their pavilions.",
      ar: "يعقد الاتحاد، بالتعاون مع الشركاء من الأمم المتحدة والحكومات ودوائر الأعمال والمجتمع المدني، مسار العمل الرقمي الأخضر في مؤتمر الأمم المتحدة بشأن المناخ في دبي لتكثيف جهود مجتمع تكنولوجيا المعلومات والاتصالات في مكافحة أزمة المناخ. ويمكن لأصحاب المصلحة المشاركة من خلال العمل التعاوني قبل المؤتمر COP28 وإيلاء الأولوية للعمل المناخي الرقمي واستضافة عناصر من المسار في أجنحتهم.",
      fr: "À la Conférence des Nations Unies sur les changements climatiques à Dubaï, l'UIT et ses partenaires du système des Nations Unies, des gouvernements, des entreprises et de la société civile organisent un volet consacré à l'Action du secteur du numérique pour l'environnement, afin d'intensifier les efforts de la communauté des TIC face à la crise climatique. Les parties prenantes peuvent collaborer en amont de la COP28, donner la priorité à l'action climatique numérique et accueillir des activités du volet dans leur pavillon.",
      es: "En la Conferencia de las Naciones Unidas sobre el Cambio Climático de Dubái, la UIT y sus asociados de las Naciones Unidas, los gobiernos, el sector empresarial y la sociedad civil celebran un programa de Acción Digital Ecológica para intensificar los esfuerzos de la comunidad de las TIC frente a la crisis climática. Las partes interesadas pueden colaborar antes de la COP28, dar prioridad a la acción climática digital y acoger actividades del programa en sus pabellones.",
      ru: `На Конференции ООН по изменению климата в Дубае МСЭ совместно с партнерами из системы ООН, правительств, деловых кругов и гражданского общества проводит программу мероприятий «Зеленая цифровая кампания», с тем чтобы активизировать усилия сообщества ИКТ по борьбе с климатическим кризисом. Заинтересованные стороны могут участвовать в совместной работе в преддверии КС-28, уделять приоритетное внимание цифровым мерам в области климата и проводить элементы программы в своих павильонах.`,
      zh: "在迪拜举行的联合国气候变化大会期间，国际电联与来自联合国、各国政府、企业界和民间社会的合作伙伴共同举办绿色数字行动系列活动，推动ICT界加大应对气候危机的力度。各利益攸关方可在COP28之前开展合作，优先推进数字气候行动，并在各自展馆承办部分系列活动。",
    },
    description: { en: cop28DescriptionEn, ar: cop28DescriptionAr },
    startsAt: "2023-11-29T20:00:00Z",
    endsAt: "2023-12-12T20:00:00Z",
    timeZone: "Asia/Dubai",
    dateOnly: true,
    format: "in-person",
    venue: {
      en: "Dubai, United Arab Emirates",
      ar: "دبي، الإمارات العربية المتحدة",
      fr: "Dubaï (Émirats arabes unis)",
      es: "Dubái (Emiratos Árabes Unidos)",
      ru: "Дубай, Объединенные Арабские Эмираты",
      zh: "阿拉伯联合酋长国迪拜",
    },
    organisers: ["ITU"],
    audience: {
      en: "ITU Member States, Sector Members, Associates and Academia, and partners from the UN system, governments, business and civil society",
      ar: "الدول الأعضاء في الاتحاد وأعضاء القطاعات والمنتسبون والهيئات الأكاديمية، والشركاء من الأمم المتحدة والحكومات ودوائر الأعمال والمجتمع المدني",
      fr: "États Membres de l'UIT, Membres des Secteurs, Associés et établissements universitaires, ainsi que partenaires du système des Nations Unies, des gouvernements, des entreprises et de la société civile",
      es: "Estados Miembros de la UIT, Miembros de Sector, Asociados e Instituciones Académicas, así como asociados del sistema de las Naciones Unidas, los gobiernos, el sector empresarial y la sociedad civil",
      ru: "Государства – Члены МСЭ, Члены Секторов, Ассоциированные члены и Академические организации, а также партнеры из системы ООН, правительств, деловых кругов и гражданского общества",
      zh: "国际电联成员国、部门成员、部门准成员和学术成员，以及来自联合国系统、各国政府、企业界和民间社会的合作伙伴",
    },
    // The letters give no fee and no rule of access to the COP venue: the field is left empty, and the page leaves it out.
    fee: { en: "" },
    registrationOpensAt: null,
    registrationClosesAt: null,
    capacity: null,
    joinUrl: null,
    externalRegistration: null,
    circularSlug: "cl-23-15",
    pillarSlugs: allPillars,
    sessions: [],
  },
  {
    slug: "cop29-digitalization-day-roundtable",
    kind: "roundtable",
    title: {
      en: "High-level roundtable for Digitalization Day at COP29",
      ru: "Круглый стол высокого уровня по случаю Дня цифровизации на КС-29",
      fr: "Table ronde de haut niveau de la Journée de la numérisation de la COP29",
      es: "Mesa redonda de alto nivel del Día de la Digitalización de la COP29",
      zh: "COP29数字化日高级别圆桌会议",
      ar: "اجتماع المائدة المستديرة الرفيع المستوى بمناسبة يوم الرقمنة في مؤتمر الأطراف COP29",
    },
    summary: {
      en: "On the first-ever Digitalization Day at a COP, ministers, high-level officials and key stakeholders meet in Baku at a high-level roundtable convened by ITU, Azerbaijan as the COP29 Presidency and the Ministry of Digital Development and Transport of Azerbaijan. The roundtable is linked to the COP29 Declaration on Green Digital Action, which governments and other stakeholders are invited to endorse.",
      ru: `В первый в истории КС День цифровизации министры, высокопоставленные должностные лица и ключевые заинтересованные стороны собираются в Баку на круглый стол высокого уровня, организуемый МСЭ, Азербайджаном как председателем КС-29 и Министерством цифрового развития и транспорта Азербайджанской Республики. Круглый стол связан с Декларацией КС-29 об инициативе «Зеленая цифровая кампания», которую правительствам и другим заинтересованным сторонам предлагается одобрить.`,
      fr: "Lors de la toute première Journée de la numérisation organisée à une COP, des ministres, de hauts responsables et les principales parties prenantes se réunissent à Bakou pour une table ronde de haut niveau organisée par l'UIT, l'Azerbaïdjan en tant que présidence de la COP29 et le Ministère du développement numérique et des transports de la République d'Azerbaïdjan. La table ronde est liée à la Déclaration de la COP29 sur l'Action du secteur du numérique pour l'environnement, que les gouvernements et les autres parties prenantes sont invités à approuver.",
      es: "En el primer Día de la Digitalización celebrado en una COP, ministros, altos funcionarios y las principales partes interesadas se reúnen en Bakú en una mesa redonda de alto nivel convocada por la UIT, Azerbaiyán en su calidad de Presidencia de la COP29 y el Ministerio de Desarrollo Digital y Transporte de la República de Azerbaiyán. La mesa redonda está vinculada a la Declaración de la COP29 sobre la Acción Digital Ecológica, que se invita a los gobiernos y demás partes interesadas a refrendar.",
      zh: "在缔约方大会历史上首个数字化日，部长、高级官员和主要利益攸关方齐聚巴库，出席由国际电联、COP29主席国阿塞拜疆和阿塞拜疆共和国数字发展和交通部共同召集的高级别圆桌会议。圆桌会议与《COP29绿色数字行动宣言》相关联，各国政府和其他利益攸关方受邀认可该宣言。",
      ar: "في أول يوم للرقمنة يُنظَّم في تاريخ مؤتمرات الأطراف، يجتمع الوزراء وكبار المسؤولين وأصحاب المصلحة الرئيسيون في باكو في اجتماع مائدة مستديرة رفيع المستوى يعقده الاتحاد وأذربيجان بصفتها رئاسة مؤتمر الأطراف COP29 ووزارة التنمية الرقمية والنقل في جمهورية أذربيجان. ويرتبط الاجتماع بإعلان مؤتمر الأطراف COP29 بشأن العمل الرقمي الأخضر، الذي تُدعى الحكومات وسائر أصحاب المصلحة إلى تأييده.",
    },
    description: { en: cop29DescriptionEn, ru: cop29DescriptionRu },
    // CL-24/63 gives the day (16 November 2024, Baku) and no time: the whole day in Baku, shown as a date.
    startsAt: "2024-11-15T20:00:00Z",
    endsAt: "2024-11-16T20:00:00Z",
    timeZone: "Asia/Baku",
    dateOnly: true,
    format: "in-person",
    venue: {
      en: "Baku, Azerbaijan",
      ru: "Баку, Азербайджан",
      fr: "Bakou (Azerbaïdjan)",
      es: "Bakú (Azerbaiyán)",
      zh: "阿塞拜疆巴库",
      ar: "باكو، أذربيجان",
    },
    organisers: ["ITU", "COP29 Presidency (Azerbaijan)", "Ministry of Digital Development and Transport of the Republic of Azerbaijan"],
    audience: {
      en: "By invitation: ministers, high-level officials and key stakeholders",
      ru: "По приглашению: министры, высокопоставленные должностные лица и ключевые заинтересованные стороны",
      fr: "Sur invitation : ministres, hauts responsables et principales parties prenantes",
      es: "Por invitación: ministros, altos funcionarios y principales partes interesadas",
      zh: "受邀参加：部长、高级官员和主要利益攸关方",
      ar: "بدعوة: الوزراء وكبار المسؤولين وأصحاب المصلحة الرئيسيون",
    },
    // The letters give no fee and no rule of access to the COP venue: the field is left empty, and the page leaves it out.
    fee: { en: "" },
    registrationOpensAt: "2024-11-07T00:00:00Z",
    // The letter sets no deadline: registration is by email to green@itu.int.
    registrationClosesAt: null,
    capacity: null,
    joinUrl: null,
    externalRegistration: "mailto:green@itu.int",
    circularSlug: "cl-24-63",
    pillarSlugs: allPillars,
    sessions: [],
  },
];
