import type { SeedCircular, SeedDeclaration, SeedEvent, SeedPillar, SeedWorkingGroup } from "./types";

/*
 * Seed content taken from the five source documents in seeds/ (TSB Circular 114, CL-23/15, the draft
 * Council resolution that became Resolution 1429, the 2024 report to the Council, and CL-24/63 with
 * the COP29 Declaration). Long texts follow the LongText format described in ./types.ts.
 */

// ---------------------------------------------------------------------------------------------------
// Pillars
// ---------------------------------------------------------------------------------------------------

export const pillars: SeedPillar[] = [
  {
    slug: "ict-emissions",
    number: 1,
    title: {
      en: "Reducing ICT-sector emissions",
      fr: "Réduire les émissions du secteur des TIC",
      es: "Reducir las emisiones del sector de las TIC",
      ru: "Сокращение выбросов в секторе ИКТ",
      zh: "减少ICT行业排放",
      ar: "خفض انبعاثات قطاع تكنولوجيا المعلومات والاتصالات",
    },
    description: {
      en: "The ICT sector accounts for at least 1.7% of global carbon emissions, and its electricity consumption reached 1,183 TWh in 2022, 6.9% more than in 2020; growing demand for data storage and processing, including for artificial intelligence, is adding to its energy needs. Green Digital Action supports the target of cutting the sector's greenhouse gas emissions by 45% by 2030 against 2020 and reaching net zero by 2050, in line with the 1.5°C goal of the Paris Agreement. Participating organizations commit to publish all scopes and categories of their greenhouse gas emissions every year and to report them to a public ITU database based on standardized methods (Recommendations ITU-T L.1450 and L.1470). ITU and the World Benchmarking Alliance track the greenhouse gas emissions, energy use and climate commitments of 200 leading technology companies in their yearly Green Digital Companies report. ITU's own CO2 emissions rose from 1,674 tonnes in 2021 to 1,969 tonnes in 2022, mainly because official travel resumed after the COVID-19 pandemic (Greening the Blue report 2023).",
      fr: "Le secteur des TIC représente au moins 1,7 % des émissions mondiales de carbone, et sa consommation d'électricité a atteint 1 183 TWh en 2022, soit 6,9 % de plus qu'en 2020 ; la demande croissante de stockage et de traitement des données, notamment pour l'intelligence artificielle, accroît encore ses besoins énergétiques. L'initiative soutient l'objectif de réduire de 45 % d'ici à 2030, par rapport à 2020, les émissions de gaz à effet de serre du secteur et d'atteindre zéro émission nette d'ici à 2050, conformément à l'objectif de 1,5 °C de l'Accord de Paris. Les organisations participantes s'engagent à publier chaque année l'ensemble des scopes et catégories de leurs émissions de GES et à les communiquer à une base de données publique de l'UIT fondée sur des méthodes normalisées (Recommandations UIT-T L.1450 et L.1470). L'UIT et la World Benchmarking Alliance suivent les émissions de gaz à effet de serre, la consommation d'énergie et les engagements climatiques de 200 grandes entreprises technologiques dans leur rapport annuel « Green Digital Companies ». Les émissions de CO2 de l'UIT elle-même sont passées de 1 674 tonnes en 2021 à 1 969 tonnes en 2022, principalement en raison de la reprise des voyages officiels après la pandémie de COVID-19 (rapport Greening the Blue 2023).",
      es: "El sector de las TIC genera al menos el 1,7 % de las emisiones mundiales de carbono y su consumo de electricidad alcanzó 1 183 TWh en 2022, un 6,9 % más que en 2020; la creciente demanda de almacenamiento y procesamiento de datos, incluida la de los sistemas de inteligencia artificial, aumenta aún más sus necesidades energéticas. La iniciativa respalda el objetivo de reducir en un 45 % para 2030, con respecto a 2020, las emisiones de gases de efecto invernadero del sector y alcanzar las cero emisiones netas para 2050, en consonancia con el objetivo de 1,5 °C del Acuerdo de París. Las organizaciones participantes se comprometen a publicar cada año todos los alcances y categorías de sus emisiones de GEI y a comunicarlos a una base de datos pública de la UIT basada en métodos normalizados (Recomendaciones UIT-T L.1450 y L.1470). La UIT y la World Benchmarking Alliance siguen las emisiones de gases de efecto invernadero, el uso de energía y los compromisos climáticos de 200 empresas tecnológicas líderes en su informe anual «Green Digital Companies». Las emisiones de CO2 de la propia UIT aumentaron de 1 674 toneladas en 2021 a 1 969 toneladas en 2022, debido principalmente a la reanudación de los viajes oficiales tras la pandemia de COVID-19 (informe Greening the Blue 2023).",
      ru: `На сектор ИКТ приходится не менее 1,7% глобальных выбросов углерода, а его потребление электроэнергии в 2022 году достигло 1183 ТВт·ч, что на 6,9% больше, чем в 2020 году; растущий спрос на хранение и обработку данных, в том числе для систем искусственного интеллекта, еще больше увеличивает его потребности в энергии. Инициатива "Зеленая цифровая кампания" поддерживает цель сократить выбросы парниковых газов в секторе ИКТ на 45% к 2030 году по сравнению с 2020 годом и достичь нулевых чистых выбросов к 2050 году в соответствии с целью Парижского соглашения в 1,5 °C. Участвующие организации обязуются ежегодно публиковать данные обо всех группах и категориях своих выбросов парниковых газов и представлять их в публичную базу данных МСЭ, основанную на стандартизированных методах (Рекомендации МСЭ-Т L.1450 и L.1470). МСЭ и Альянс World Benchmarking Alliance отслеживают выбросы парниковых газов, энергопотребление и климатические обязательства 200 ведущих технологических компаний в ежегодном отчете «Зеленые цифровые компании». Выбросы CO2 самого МСЭ выросли с 1674 тонн в 2021 году до 1969 тонн в 2022 году, главным образом из-за возобновления служебных поездок после пандемии COVID-19 (отчет «Озеленение голубого» за 2023 год).`,
      zh: "ICT行业至少占全球碳排放的1.7%，2022年其电力消耗达到1 183太瓦时，比2020年增加6.9%；包括人工智能系统在内的数据存储和处理需求不断增长，进一步加大了该行业的能源需求。绿色数字行动支持到2030年将ICT行业温室气体排放量在2020年基础上减少45%、到2050年实现净零排放的目标，这与《巴黎协定》的1.5°C目标相一致。参与的组织承诺每年公开所有范围和类别的温室气体排放数据，并将其提交至基于标准化方法（ITU-T L.1450和L.1470建议书）的国际电联公共数据库。国际电联和世界基准联盟通过年度行业评估报告《绿色数字企业》监测200家领先科技企业的温室气体排放、能源使用和气候承诺。根据《2023年绿色地球报告》，国际电联自身的二氧化碳排放量从2021年的1674吨增至2022年的1969吨，主要原因是Covid-19大流行结束后公务差旅增多。",
      ar: "يسهم قطاع تكنولوجيا المعلومات والاتصالات بما لا يقل عن 1,7% من انبعاثات الكربون العالمية، وقد بلغ استهلاكه للكهرباء 1 183 تيراواط ساعة في عام 2022، أي بزيادة قدرها 6,9% مقارنة بعام 2020، فيما يزيد الطلب المتنامي على تخزين البيانات ومعالجتها، بما في ذلك لأنظمة الذكاء الاصطناعي، من احتياجاته من الطاقة. ويدعم العمل الرقمي الأخضر هدف خفض انبعاثات غازات الاحتباس الحراري في القطاع بنسبة 45% بحلول عام 2030 مقارنة بمستويات عام 2020 وبلوغ صافي انبعاثات صفري بحلول عام 2050، تماشياً مع هدف اتفاق باريس المتمثل في 1,5 درجة مئوية. وتلتزم المنظمات المشاركة بأن تنشر سنوياً بيانات جميع نطاقات وفئات انبعاثاتها من غازات الاحتباس الحراري وأن تقدمها إلى قاعدة بيانات عامة للاتحاد قائمة على منهجيات موحدة (التوصيتان ITU-T L.1450 وL.1470). ويرصد الاتحاد والتحالف العالمي لقياس الأداء (World Benchmarking Alliance) انبعاثات غازات الاحتباس الحراري واستخدام الطاقة والالتزامات المناخية لمائتي شركة تكنولوجية رائدة في تقريرهما السنوي «الشركات الرقمية الخضراء». وارتفعت انبعاثات ثاني أكسيد الكربون للاتحاد نفسه من 1 674 طناً في عام 2021 إلى 1 969 طناً في عام 2022، ويرجع ذلك أساساً إلى استئناف السفر الرسمي بعد جائحة كوفيد-19 (تقرير Greening the Blue لعام 2023).",
    },
  },
  {
    slug: "circular-ict",
    number: 2,
    title: {
      en: "Developing a circular ICT sector",
      fr: "Développer un secteur des TIC circulaire",
      es: "Desarrollar un sector de las TIC circular",
      ru: "Развитие сектора ИКТ на основе принципов замкнутого цикла",
      zh: "发展循环ICT行业",
      ar: "تطوير قطاع دائري لتكنولوجيا المعلومات والاتصالات",
    },
    description: {
      en: "E-waste is growing almost five times faster than it is formally collected and recycled: 62 billion kg were generated worldwide in 2022, but only 13.8 billion kg were documented as formally collected and recycled. Without change, e-waste generation is expected to reach 82 billion kg in 2030 while the documented collection and recycling rate falls to 20%, and connecting the 2.6 billion people who are still offline will require even more infrastructure, devices and critical raw materials. This pillar promotes a circular ICT industry: fewer raw material inputs, longer product life cycles, eco-design, and sound e-waste policies and management.",
      fr: "Les déchets d'équipements électriques et électroniques augmentent près de cinq fois plus vite que leur collecte et leur recyclage formels : 62 milliards de kg ont été produits dans le monde en 2022, mais seulement 13,8 milliards de kg ont été collectés et recyclés de manière formelle et documentée. Si rien ne change, la production de déchets électroniques devrait atteindre 82 milliards de kg en 2030, tandis que le taux documenté de collecte et de recyclage tomberait à 20 % ; en outre, connecter les 2,6 milliards de personnes encore hors ligne exigera davantage d'infrastructures, d'appareils et de matières premières critiques. Ce pilier promeut une industrie des TIC circulaire : moins de matières premières, des produits à plus longue durée de vie, l'écoconception ainsi que des politiques et une gestion rationnelles des déchets électroniques.",
      es: "Los residuos electrónicos crecen casi cinco veces más rápido que su recogida y reciclaje formales: en 2022 se generaron en el mundo 62 000 millones de kg, pero solo se documentó la recogida y el reciclaje formales de 13 800 millones de kg. Si no se cambia el rumbo, la generación de residuos electrónicos alcanzará los 82 000 millones de kg en 2030 y la tasa documentada de recogida y reciclaje caerá al 20 %; además, conectar a los 2 600 millones de personas que aún no tienen acceso a Internet exigirá más infraestructura, dispositivos y materias primas fundamentales. Este pilar promueve una industria de las TIC circular: menos insumos de materias primas, productos con una vida útil más larga, ecodiseño y políticas y sistemas adecuados de gestión de los residuos electrónicos.",
      ru: "Объем электронных отходов растет почти в пять раз быстрее, чем объем их официального сбора и переработки: в 2022 году в мире было образовано 62 млрд. кг электронных отходов, но лишь 13,8 млрд. кг были официально собраны и переработаны с документальным подтверждением. Если ничего не изменить, к 2030 году образование электронных отходов достигнет 82 млрд. кг, а документально подтвержденный уровень сбора и переработки снизится до 20%; при этом подключение 2,6 млрд. человек, которые пока не пользуются интернетом, потребует еще больше инфраструктуры, устройств и важнейших видов сырья. Это направление содействует развитию отрасли ИКТ на основе замкнутого цикла: сокращению использования сырья, продлению жизненного цикла продукции, экологичному проектированию, а также надлежащей политике и практике обращения с электронными отходами.",
      zh: "电子废弃物的产生速度比正式收集和回收速度快近5倍：2022年全球产生了620亿公斤电子废弃物，但记录在案的正式收集和回收量仅为138亿公斤。如果不改变现状，到2030年全球电子废弃物产生量预计将达到820亿公斤，而记录在案的正式收集和回收率将降至20%；同时，将目前离线的26亿人接入互联网还需要更多的基础设施、设备和关键原材料。本支柱推动建设循环ICT产业：减少原材料投入、延长产品生命周期、推广生态设计，并完善电子废弃物政策与管理。",
      ar: "تتزايد النفايات الإلكترونية بوتيرة أسرع بنحو خمس مرات من وتيرة جمعها وإعادة تدويرها بشكل رسمي: ففي عام 2022 أُنتج في العالم 62 مليار كيلوغرام من النفايات الإلكترونية، لم يُوثَّق جمع وإعادة تدوير سوى 13,8 مليار كيلوغرام منها بشكل رسمي. وإذا لم يتغير الوضع، يُتوقع أن يبلغ حجم النفايات الإلكترونية 82 مليار كيلوغرام في عام 2030، بينما ينخفض المعدل الموثق للجمع وإعادة التدوير إلى 20%، كما أن توصيل 2,6 مليار شخص لا يزالون غير متصلين بالإنترنت سيتطلب مزيداً من البنية التحتية والأجهزة والمواد الخام الحرجة. وتعزز هذه الركيزة صناعة دائرية لتكنولوجيا المعلومات والاتصالات، من خلال الحد من مدخلات المواد الخام وإطالة دورة حياة المنتجات والتصميم الإيكولوجي واعتماد سياسات ونظم سليمة لإدارة النفايات الإلكترونية.",
    },
  },
  {
    slug: "open-data",
    number: 3,
    title: {
      en: "Advancing climate solutions through open environmental data and technologies",
      fr: "Faire progresser les solutions climatiques grâce aux données et technologies environnementales ouvertes",
      es: "Impulsar soluciones climáticas mediante datos y tecnologías ambientales abiertos",
      ru: "Продвижение климатических решений с помощью открытых экологических данных и технологий",
      zh: "通过开放的环境数据和技术推进气候解决方案",
      ar: "النهوض بالحلول المناخية من خلال البيانات والتكنولوجيات البيئية المفتوحة",
    },
    description: {
      en: "Reliable, open data are the basis of climate monitoring and of sound climate policy, yet compared with other sectors the ICT sector still lacks dependable emissions data. The ITU Radiocommunication Sector provides the regulatory and technical basis for satellite and terrestrial climate monitoring and data dissemination systems, and ITU has proposed a three-year project, with an initial budget estimated at USD 1.3 million, to collect and publish reliable and timely data on ICT-sector greenhouse gas emissions. The project also builds the capacity of policy-makers to use this information for policies and decisions at national and international level. In Resolution 1429 (2024), the ITU Council invites Member States to identify national custodians for monitoring, reporting and enforcing ICT-sector greenhouse gas emissions, to empower competent authorities to collect environmental data, and to provide environmental data to ITU for the ITU database.",
      fr: "Des données fiables et ouvertes sont indispensables à la surveillance du climat et à l'élaboration de politiques climatiques solides ; or, par rapport à d'autres secteurs, le secteur des TIC manque encore de données fiables sur ses émissions. Le Secteur des radiocommunications de l'UIT établit le cadre réglementaire et technique des systèmes satellitaires et de Terre de surveillance du climat et de diffusion des données, et l'UIT a proposé un projet triennal, doté d'un budget initial estimé à 1,3 million USD, pour collecter et publier des données fiables et actualisées sur les émissions de gaz à effet de serre du secteur des TIC. Ce projet vise aussi à renforcer les capacités des décideurs, afin qu'ils puissent utiliser ces informations pour élaborer des politiques et prendre des décisions aux niveaux national et international. Dans sa Résolution 1429 (2024), le Conseil de l'UIT invite les États Membres à désigner au niveau national les responsables du suivi, de la communication et du contrôle des émissions de gaz à effet de serre du secteur des TIC, à habiliter les autorités compétentes à collecter des données environnementales et à communiquer des données environnementales à l'UIT pour la base de données de l'UIT.",
      es: "Los datos fiables y abiertos son la base de la vigilancia del clima y de unas políticas climáticas sólidas; sin embargo, en comparación con otros sectores, el de las TIC aún carece de datos fiables sobre sus emisiones. El Sector de Radiocomunicaciones de la UIT sienta las bases reglamentarias y técnicas de los sistemas de satélite y terrenales de vigilancia del clima y difusión de datos, y la UIT ha propuesto un proyecto de tres años, con un presupuesto inicial estimado en 1,3 millones USD, para recopilar y publicar datos fiables y oportunos sobre las emisiones de gases de efecto invernadero del sector de las TIC. El proyecto también fortalecerá la capacidad de los responsables políticos para utilizar esa información en la formulación de políticas y la toma de decisiones a escala nacional e internacional. En su Resolución 1429 (2024), el Consejo de la UIT invita a los Estados Miembros a designar a nivel nacional a los responsables del seguimiento, la notificación y el control de las emisiones de gases de efecto invernadero del sector de las TIC, a facultar a las autoridades competentes para recopilar datos ambientales y a facilitar datos ambientales a la UIT para la base de datos de la UIT.",
      ru: "Надежные открытые данные лежат в основе мониторинга климата и обоснованной климатической политики, однако по сравнению с другими отраслями в секторе ИКТ по-прежнему не хватает достоверных данных о выбросах. Сектор радиосвязи МСЭ закладывает регламентарную и техническую основу для спутниковых и наземных систем мониторинга климата и распространения данных, а МСЭ предложил трехлетний проект с первоначальным бюджетом, оцениваемым в 1,3 млн. долл. США, по сбору и публикации надежных и своевременных данных о выбросах парниковых газов в секторе ИКТ. Проект также предусматривает создание потенциала лиц, определяющих политику, для эффективного использования этой информации при разработке политики и принятии решений на национальном и международном уровнях. В Резолюции 1429 (2024 г.) Совет МСЭ предлагает Государствам-Членам определить на национальном уровне ответственных за мониторинг, отчетность и обеспечение соблюдения в отношении выбросов парниковых газов в секторе ИКТ, уполномочить компетентные органы собирать экологические данные и предоставлять экологические данные МСЭ для базы данных МСЭ.",
      zh: "可靠、开放的数据是气候监测和科学制定气候政策的基础，但与其他行业相比，ICT行业仍非常缺少可靠的排放数据。国际电联无线电通信部门为卫星和地面气候监测以及数据分发系统奠定了规则和技术基础；国际电联还提议开展一个为期三年、初期预算估计为130万美元的项目，收集并公布可靠、及时的ICT行业温室气体排放数据。该项目还将开展能力建设，帮助政策制定者在国家和国际层面有效利用这些信息制定政策和做出决策。国际电联理事会第1429号决议（2024年）请各成员国在国家层面确定ICT行业温室气体排放监测、报告和执行方面的相关管理人，授权主管当局收集环境数据，并提供环境数据、将其转发给国际电联，以便建立和维护国际电联数据库。",
      ar: "تشكل البيانات الموثوقة والمفتوحة أساس رصد المناخ ووضع سياسات مناخية سليمة، غير أن قطاع تكنولوجيا المعلومات والاتصالات لا يزال يفتقر، مقارنة بالقطاعات الأخرى، إلى بيانات موثوقة بشأن انبعاثاته. ويرسي قطاع الاتصالات الراديوية في الاتحاد الأسس التنظيمية والتقنية لأنظمة رصد المناخ الساتلية والأرضية وأنظمة نشر البيانات، كما اقترح الاتحاد مشروعاً مدته ثلاث سنوات، تُقدَّر ميزانيته الأولية بمبلغ 1,3 مليون دولار أمريكي، لجمع بيانات موثوقة وآنية عن انبعاثات غازات الاحتباس الحراري في قطاع تكنولوجيا المعلومات والاتصالات ونشرها. ويشمل المشروع أيضاً بناء قدرات واضعي السياسات لتمكينهم من الاستفادة من هذه المعلومات في صنع السياسات واتخاذ القرارات على المستويين الوطني والدولي. ويدعو مجلس الاتحاد، في قراره 1429 (2024)، الدول الأعضاء إلى تحديد الجهات الوطنية المسؤولة عن رصد انبعاثات غازات الاحتباس الحراري لقطاع تكنولوجيا المعلومات والاتصالات والإبلاغ عنها وإنفاذ الالتزامات بشأنها، وإلى تخويل السلطات المختصة جمع البيانات البيئية، وإلى تقديم البيانات البيئية إلى الاتحاد من أجل قاعدة بيانات الاتحاد.",
    },
  },
  {
    slug: "green-standards",
    number: 4,
    title: {
      en: "Building momentum for the implementation of green standards",
      fr: "Mobiliser en faveur de la mise en œuvre des normes vertes",
      es: "Impulsar la aplicación de normas verdes",
      ru: `Наращивание усилий по внедрению "зеленых" стандартов`,
      zh: "为实施绿色标准营造势头",
      ar: "بناء الزخم لتنفيذ المعايير الخضراء",
    },
    description: {
      en: "ITU standards such as Recommendations ITU-T L.1450 and ITU-T L.1470 give the ICT sector a structured framework and methodology for measuring and reporting its greenhouse gas emissions, and Recommendation ITU-T L.1480 helps assess the effect of ICT on other sectors. ITU-T Study Group 5 (Environment, EMF and circular economy) is developing Recommendation ITU-T L.Database, whose methodology the planned ITU database on ICT-sector emissions and energy use will follow. This pillar encourages companies and administrations to implement these standards and to apply green-by-design principles in their work.",
      fr: "Les normes de l'UIT, telles que les Recommandations UIT-T L.1450 et UIT-T L.1470, offrent au secteur des TIC un cadre structuré et une méthode pour mesurer et déclarer ses émissions de gaz à effet de serre, tandis que la Recommandation UIT-T L.1480 aide à évaluer l'incidence des TIC sur d'autres secteurs. La Commission d'études 5 de l'UIT-T (Environnement, champs électromagnétiques et économie circulaire) élabore la Recommandation UIT-T L.Database, dont la méthode servira de base à la future base de données de l'UIT sur les émissions et la consommation d'énergie du secteur des TIC. Ce pilier encourage les entreprises et les administrations à mettre en œuvre ces normes et à appliquer dans leurs activités le principe d'une écoconception dès le départ.",
      es: "Las normas de la UIT, como las Recomendaciones UIT-T L.1450 y UIT-T L.1470, ofrecen al sector de las TIC un marco estructurado y una metodología para medir y notificar sus emisiones de gases de efecto invernadero, y la Recomendación UIT-T L.1480 ayuda a evaluar el impacto de las TIC en otros sectores. La Comisión de Estudio 5 del UIT-T (Medio ambiente, CEM y economía circular) está elaborando la Recomendación UIT-T L.Database, cuya metodología seguirá la futura base de datos de la UIT sobre las emisiones y el consumo de energía del sector de las TIC. Este pilar alienta a empresas y administraciones a aplicar estas normas y a incorporar en su labor el principio de la ecología desde el diseño.",
      ru: `Стандарты МСЭ, такие как Рекомендации МСЭ-Т L.1450 и МСЭ-Т L.1470, дают сектору ИКТ структурированную основу и методику для измерения выбросов парниковых газов и представления отчетности о них, а Рекомендация МСЭ-Т L.1480 помогает оценивать воздействие ИКТ на другие отрасли. 5-я Исследовательская комиссия МСЭ-Т "Окружающая среда, ЭМП и экономика замкнутого цикла" разрабатывает Рекомендацию МСЭ-Т L.Database, методика которой будет положена в основу планируемой базы данных МСЭ о выбросах и энергопотреблении сектора ИКТ. Это направление побуждает компании и администрации внедрять эти стандарты и учитывать экологические требования уже на этапе проектирования.`,
      zh: "ITU-T L.1450和L.1470建议书等国际电联标准为ICT行业测量和报告温室气体排放提供了结构化的框架和方法，ITU-T L.1480建议书则有助于衡量ICT对其他行业的影响。ITU-T第5研究组（环境、电磁场和循环经济）正在制定ITU-T L.Database建议书，拟建的国际电联ICT行业排放和能源使用数据库将采用其中的方法。本支柱鼓励企业和主管部门实施这些标准，并在工作中贯彻“从设计入手实现绿色”的原则。",
      ar: "توفر معايير الاتحاد، مثل التوصيتين ITU-T L.1450 وITU-T L.1470، لقطاع تكنولوجيا المعلومات والاتصالات إطاراً منظماً ومنهجية لقياس انبعاثاته من غازات الاحتباس الحراري والإبلاغ عنها، في حين تساعد التوصية ITU-T L.1480 على تقييم أثر تكنولوجيا المعلومات والاتصالات في القطاعات الأخرى. وتعكف لجنة الدراسات 5 لقطاع تقييس الاتصالات (البيئة والمجالات الكهرمغنطيسية والاقتصاد الدائري) على إعداد التوصية ITU-T L.Database، التي ستستند قاعدة بيانات الاتحاد المزمعة بشأن انبعاثات القطاع واستخدامه للطاقة إلى منهجيتها. وتشجع هذه الركيزة الشركات والإدارات على تنفيذ هذه المعايير وإدماج مبادئ مراعاة البيئة منذ مرحلة التصميم في أعمالها.",
    },
  },
  {
    slug: "green-transformation",
    number: 5,
    title: {
      en: "Enabling the green transformation of all sectors through digital technologies and skills",
      fr: "Favoriser la transformation verte de tous les secteurs grâce aux technologies et compétences numériques",
      es: "Facilitar la transformación verde de todos los sectores mediante las tecnologías y competencias digitales",
      ru: "Содействие экологической трансформации всех секторов с помощью цифровых технологий и навыков",
      zh: "通过数字技术和技能开发为所有行业实现绿色转型提供便利",
      ar: "تمكين التحول الأخضر لجميع القطاعات من خلال التكنولوجيات والمهارات الرقمية",
    },
    description: {
      en: "Digital technologies can help every sector of the economy become more sustainable, from smart energy control to green data centre practices, provided their environmental efficiency is monitored with key performance indicators and assessment methods based on ITU-T Recommendations. This pillar promotes the uptake of new and emerging telecommunication/ICT solutions across all economic sectors and the building of green digital skills, so that the wider economy and society can make the green transition. It also helps countries integrate digital environmental sustainability into their national climate strategies.",
      fr: "Les technologies numériques peuvent aider tous les secteurs de l'économie à devenir plus durables, de la gestion intelligente de l'énergie aux pratiques écologiques dans les centres de données, à condition que leur efficacité environnementale soit suivie au moyen d'indicateurs clés de performance et de méthodes d'évaluation fondés sur les Recommandations UIT-T. Ce pilier favorise l'adoption de solutions de télécommunication/TIC nouvelles et émergentes dans tous les secteurs économiques ainsi que le développement de compétences numériques vertes, afin que l'économie et la société dans leur ensemble puissent opérer leur transition écologique. Il aide également les pays à intégrer la durabilité environnementale du numérique dans leurs stratégies climatiques nationales.",
      es: "Las tecnologías digitales pueden ayudar a todos los sectores de la economía a ser más sostenibles, desde el control inteligente de la energía hasta las prácticas ecológicas en los centros de datos, siempre que su eficiencia ambiental se supervise con indicadores clave de rendimiento y métodos de evaluación basados en las Recomendaciones UIT-T. Este pilar promueve la adopción de soluciones de telecomunicaciones/TIC nuevas y emergentes en todos los sectores económicos y el desarrollo de competencias digitales verdes, para que la economía y la sociedad en su conjunto puedan llevar a cabo la transición ecológica. También ayuda a los países a integrar la sostenibilidad ambiental digital en sus estrategias climáticas nacionales.",
      ru: `Цифровые технологии могут помочь всем секторам экономики стать более устойчивыми – от интеллектуального управления энергопотреблением до экологичной эксплуатации центров обработки данных – при условии, что их экологическая эффективность отслеживается с помощью ключевых показателей деятельности и методов оценки, основанных на Рекомендациях МСЭ-Т. Это направление содействует внедрению новых и появляющихся решений в области электросвязи/ИКТ во всех секторах экономики и развитию "зеленых" цифровых навыков, с тем чтобы экономика и общество в целом могли осуществить экологический переход. Оно также помогает странам включать экологическую устойчивость цифровых технологий в свои национальные климатические стратегии.`,
      zh: "从智能能源控制到绿色数据中心实践，数字技术可以帮助各经济部门提高可持续性，但需要利用基于ITU-T建议书的关键绩效指标和评估方法来监测其环境效率。本支柱推动各经济部门采用新的和新兴电信/ICT解决方案，并培养绿色数字技能，使更广泛的经济和社会实现绿色转型。它还帮助各国将数字环境可持续性纳入国家气候战略。",
      ar: "يمكن للتكنولوجيات الرقمية أن تساعد جميع قطاعات الاقتصاد على أن تصبح أكثر استدامة، بدءاً من التحكم الذكي في الطاقة ووصولاً إلى الممارسات الخضراء في مراكز البيانات، شريطة رصد كفاءتها البيئية باستخدام مؤشرات أداء رئيسية وطرائق تقييم قائمة على توصيات قطاع تقييس الاتصالات. وتعزز هذه الركيزة اعتماد حلول الاتصالات/تكنولوجيا المعلومات والاتصالات الجديدة والناشئة في جميع القطاعات الاقتصادية وبناء المهارات الرقمية الخضراء، حتى يتمكن الاقتصاد والمجتمع الأوسع من تحقيق التحول الأخضر. كما تساعد البلدان على إدماج الاستدامة البيئية الرقمية في استراتيجياتها المناخية الوطنية.",
    },
  },
  {
    slug: "early-warnings",
    number: 6,
    title: {
      en: "Responding to the UN Secretary-General's Early Warnings for All initiative: life-saving disaster alerts through digital systems",
      fr: "Répondre à l'initiative « Alertes précoces pour tous » du Secrétaire général de l'ONU : des alertes de catastrophe qui sauvent des vies grâce aux systèmes numériques",
      es: "Responder a la iniciativa Alertas Tempranas para Todos del Secretario General de las Naciones Unidas: alertas de catástrofes que salvan vidas mediante sistemas digitales",
      ru: `Реагирование на инициативу Генерального секретаря ООН "Ранние предупреждения для всех": спасающие жизни оповещения о бедствиях с помощью цифровых систем`,
      zh: "响应联合国秘书长发起的“全民早期预警倡议”，利用数字系统确保拯救生命的灾害警报",
      ar: "الاستجابة لمبادرة الأمين العام للأمم المتحدة بشأن الإنذار المبكر للجميع: إنذارات بالكوارث تنقذ الأرواح عبر الأنظمة الرقمية",
    },
    description: {
      en: "Connectivity and digital technologies are essential for adapting to climate change, above all for getting life-saving disaster alerts to people in time. This pillar supports the implementation of the UN Secretary-General's Early Warnings for All initiative, building on ITU's work on satellite and terrestrial climate monitoring and on digital alerting, including mobile early warning systems. It also promotes digital infrastructure that is resilient to climate change, so that critical systems keep working in adverse conditions.",
      fr: "La connectivité et les technologies numériques sont indispensables à l'adaptation aux changements climatiques, en particulier pour transmettre à temps à la population des alertes de catastrophe qui sauvent des vies. Ce pilier soutient la mise en œuvre de l'initiative « Alertes précoces pour tous » du Secrétaire général de l'ONU, en s'appuyant sur les travaux de l'UIT relatifs à la surveillance du climat par satellite et par des systèmes de Terre ainsi qu'aux alertes numériques, notamment les systèmes d'alerte précoce mobiles. Il promeut également des infrastructures numériques résilientes face aux changements climatiques, afin que les systèmes essentiels continuent de fonctionner dans des conditions défavorables.",
      es: "La conectividad y las tecnologías digitales son esenciales para adaptarse al cambio climático, sobre todo para hacer llegar a tiempo a la población alertas de catástrofes que salvan vidas. Este pilar apoya la aplicación de la iniciativa Alertas Tempranas para Todos del Secretario General de las Naciones Unidas, aprovechando la labor de la UIT en materia de vigilancia del clima por satélite y terrenal y de alertas digitales, incluidos los sistemas móviles de alerta temprana. También promueve infraestructuras digitales resilientes al cambio climático, para que los sistemas críticos sigan funcionando en condiciones adversas.",
      ru: `Возможность установления соединений и цифровые технологии играют важнейшую роль в адаптации к изменению климата, прежде всего для своевременной доставки людям спасающих жизни оповещений о бедствиях. Это направление поддерживает реализацию инициативы Генерального секретаря ООН "Ранние предупреждения для всех", опираясь на работу МСЭ в области спутникового и наземного мониторинга климата и цифрового оповещения, в том числе с помощью систем раннего предупреждения на базе подвижной связи. Оно также содействует созданию цифровой инфраструктуры, устойчивой к изменению климата, чтобы критически важные системы продолжали работать в неблагоприятных условиях.`,
      zh: "连通性和数字技术对于适应气候变化至关重要，尤其是能够及时向民众发送拯救生命的灾害警报。本支柱支持落实联合国秘书长发起的“全民早期预警倡议”，依托国际电联在卫星和地面气候监测以及数字预警（包括移动早期预警系统）方面的工作。它还推动建设能够抵御气候变化影响的数字基础设施，确保关键系统在不利条件下持续运行。",
      ar: "تؤدي التوصيلية والتكنولوجيات الرقمية دوراً أساسياً في التكيف مع تغير المناخ، ولا سيما في إيصال الإنذارات بالكوارث التي تنقذ الأرواح إلى الناس في الوقت المناسب. وتدعم هذه الركيزة تنفيذ مبادرة الأمين العام للأمم المتحدة بشأن الإنذار المبكر للجميع، بالاستناد إلى عمل الاتحاد في مجال رصد المناخ الساتلي والأرضي والإنذار الرقمي، بما في ذلك أنظمة الإنذار المبكر عبر الهاتف المتنقل. كما تعزز إقامة بنية تحتية رقمية قادرة على الصمود أمام تغير المناخ لضمان استمرار عمل الأنظمة الحيوية في الظروف المعاكسة.",
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Circular letters
// ---------------------------------------------------------------------------------------------------

const geneva = { en: "Geneva", fr: "Genève", es: "Ginebra", ru: "Женева", zh: "日内瓦", ar: "جنيف" };

const tsb114BodyRu = `Уважаемая госпожа, уважаемый господин,

1. Международный союз электросвязи (МСЭ), совместно с Ассоциацией GSM и инициативой GeSI, организует семинар-практикум "Уменьшение вашего углеродного следа – руководство для операторов электросвязи по представлению отчетности по группе 3 парниковых газов", который пройдет в виртуальном режиме 11 июля 2023 года с 15 час. 00 мин. до 16 час. 30 мин. CEST.

2. Отрасль электросвязи играет решающую роль в соединении людей и содействии цифровой трансформации. В то же время эта отрасль также вносит вклад в выбросы парниковых газов не только от собственных операций, но и от использования цепочки поставок и продуктов. Объем выбросов парниковых газов группы 3, которые являются косвенными выбросами цепочки создания стоимости, приобретает все большее значение, и компании рассматривают его в рамках своей деятельности по обеспечению устойчивости. Поскольку до конференции COP28 остается совсем немного времени, сегодня, как никогда ранее, отрасль электросвязи должна принимать меры для сокращения своих выбросов парниковых газов.

Чтобы оказать поддержку отрасли, Международный союз электросвязи (МСЭ), Ассоциация GSM (ассоциация отрасли подвижной связи) и Глобальная инициатива по созданию благоприятных условий для устойчивого развития (GeSI) организуют это мероприятие, с тем чтобы представить операторам электросвязи новые руководящие указания в отношении группы 3.

3. На это мероприятие соберутся эксперты в данной области, чтобы обсудить проблемы и перспективы компаний электросвязи в области расчета и сокращения их выбросов группы 3.

На этом мероприятии будет представлен обзор высокого уровня выпущенного недавно руководства для операторов электросвязи по группе 3. В этом руководстве согласуются методы распределения, расчета и сообщения операторами электросвязи их выбросов парниковых газов группы 3 в целях повышения точности, расширения охвата и увеличения прозрачности. Это руководство предназначено для того, чтобы дополнить, а не заменить существующие стандарты.

4. Ожидается, что в этом мероприятии примут участие представители различных стран мира, в том числе высшие руководители директивных органов, специалисты из частного сектора, представители учреждений ООН, академических организаций, гражданского общества, других региональных организаций, НПО и других соответствующих заинтересованных сторон.

5. Участие в семинаре-практикуме является бесплатным и открыто для всех.

6. Вся соответствующая информация, касающаяся семинара-практикума, включая проект программы, будет размещена на веб-сайте мероприятия здесь: https://www.itu.int/en/ITU-T/Workshops-and-Seminars/2023/0711/Pages/default.aspx. Веб-страница мероприятия будет регулярно обновляться по мере появления дополнительной информации. Участникам предлагается периодически проверять веб-страницу на предмет обновленной информации.

7. Для того чтобы БСЭ могло предпринять необходимые действия в отношении организации этого семинара-практикума, был бы признателен за регистрацию с использованием онлайновой формы, доступной на веб-сайте, в максимально короткие сроки. Просьба принять к сведению, что предварительная регистрация участников семинаров-практикумов является обязательной и проводится в онлайновом режиме.

С уважением,`;

const tsb114BodyEn = `Dear Sir/Madam,

1. The International Telecommunication Union (ITU), together with the GSM Association and GeSI, is organizing a workshop on "Reducing your carbon footprint – a guide for telecom operators on Scope 3 GHG reporting", which will be held virtually on 11 July 2023 from 15:00 to 16:30 CEST.

2. The telecommunication industry plays a crucial role in connecting people and enabling digital transformation. At the same time, the industry also contributes to greenhouse gas emissions, not only from its own operations but also from its supply chain and the use of its products. Scope 3 greenhouse gas emissions, which are the indirect emissions of the value chain, are becoming increasingly significant, and companies are addressing them as part of their sustainability efforts. With COP28 only a short time away, it is more important than ever for the telecommunication industry to take action to reduce its greenhouse gas emissions.

To support the industry, the International Telecommunication Union (ITU), the GSM Association (the mobile industry association) and the Global Enabling Sustainability Initiative (GeSI) are organizing this event to present new Scope 3 guidance to telecom operators.

3. The event will bring together experts in the field to discuss the challenges and opportunities for telecommunication companies in calculating and reducing their Scope 3 emissions.

The event will provide a high-level overview of the recently released Scope 3 guidance for telecom operators. The guidance harmonizes the methods by which telecom operators allocate, calculate and report their Scope 3 greenhouse gas emissions, in order to improve accuracy, coverage and transparency. The guidance is intended to complement, not replace, existing standards.

4. The event is expected to bring together participants from around the world, including senior policy-makers, private-sector specialists, and representatives of UN agencies, academia, civil society, other regional organizations, NGOs and other relevant stakeholders.

5. Participation in the workshop is free of charge and open to all.

6. All relevant information about the workshop, including the draft programme, will be posted on the event website here: https://www.itu.int/en/ITU-T/Workshops-and-Seminars/2023/0711/Pages/default.aspx. The event web page will be updated regularly as further information becomes available. Participants are encouraged to check the web page periodically for updates.

7. To enable TSB to make the necessary arrangements for the organization of this workshop, I would be grateful if you would register, as soon as possible, using the online form available on the website. Please note that pre-registration of workshop participants is mandatory and is carried out online.

Yours faithfully,`;

const cl2315BodyAr = `حضرات السادة والسيدات،

تحية طيبة وبعد،

بمناسبة اليوم العالمي للبيئة اليوم، يسرنا أن ندعوكم إلى الاضطلاع بدور فعال في خطط الاتحاد بشأن العمل الرقمي الأخضر في الفترة التي تسبق مؤتمر الأطراف الثامن والعشرين وخلالها.

وعقب اليوم الرقمي لأهداف التنمية المستدامة في 17 سبتمبر في نيويورك، الذي سيبحث كيفية إسهام الحلول الرقمية في تسريع تحقيق جميع أهداف التنمية المستدامة السبعة عشر، سيعقد الاتحاد، بالتعاون مع الشركاء من الأمم المتحدة والحكومات ودوائر الأعمال والمجتمع المدني، مسار العمل الرقمي الأخضر في المؤتمر COP28. والغرض من هذه الجهود ضمان أن نقوم، بصفتنا مجتمع تكنولوجيا المعلومات والاتصالات (ICT)، بتكثيف جهودنا في سبيل مكافحة أزمة المناخ.

وهناك عدة طرق للمشاركة، بما في ذلك من خلال العمل التعاوني قبل المؤتمر COP28 للمشاركة في تحقيق وتسريع الإنجازات القائمة على التكنولوجيا الرقمية التي من شأنها أن تدعم بشكل ملموس برنامج المناخ، بالإضافة إلى إيلاء الأولوية للعمل المناخي الرقمي واستضافة عناصر من مسار العمل الرقمي الأخضر في جناحك خلال المؤتمر COP28. وأدعوكم إلى التسجيل لإبداء اهتمامكم أو الاتصال بأمانة الاتحاد من خلال العنوان التالي: green@itu.int.

واليوم وبالتعاون مع 18 شريكاً من الشركاء الأساسيين، نطلق أيضاً حملة عامة لحشد أصحاب المصلحة الآخرين للانضمام إلينا في الجهود الرامية إلى:

- رصد المناخ والكربون من خلال البيانات والتكنولوجيات البيئية المفتوحة؛
- التخفيف من آثار تغير المناخ من خلال: (أ) تنفيذ خطط انتقالية ملموسة لقطاع تكنولوجيا المعلومات والاتصالات لبلوغ أهداف الحد من غازات الاحتباس الحراري، مع التركيز بشكل خاص على إزالة الكربون من سلسلة القيمة (النطاق 3)؛ و(ب) تعزيز صناعة تكنولوجيا المعلومات والاتصالات الدائرية، بما في ذلك عن طريق الحد من مدخلات المواد الخام؛ و(ج) بناء الزخم لتنفيذ المعايير "الخضراء"؛ و(د) إدماج مبدأ "مراعاة البيئة" في أنشطة التقييم من خلال مبادئ "مراعاة البيئة منذ مرحلة التصميم"؛ و(و) تمكين التحول الأخضر للاقتصاد والمجتمع الأوسع من خلال الاستفادة من التكنولوجيات الرقمية وبناء المهارات الرقمية الخضراء؛
- استخدام التوصيلية والتكنولوجيات الرقمية للتكيف مع تغير المناخ، لا سيما من خلال دعم تنفيذ مبادرة الأمين العام للأمم المتحدة بشأن الإنذار المبكر للجميع.

ومؤتمر الأمم المتحدة المقبل بشأن المناخ، COP28، الذي سيعقد في دبي في الفترة من 30 نوفمبر إلى 12 ديسمبر 2023، يتيح فرصة رئيسية لعرض قيمة العمل المناخي الرقمي، بل وأيضاً للنهوض بطموح قطاع تكنولوجيا المعلومات والاتصالات في الحد من بصمته الخاصة من خلال دعم الهدف المتمثل في الحد من ارتفاع درجة الحرارة لكي لا يتجاوز 1,5 درجة مئوية. وهو أيضاً بمثابة فرصة لتعزيز التعاون على نطاق أوسع في قطاع تكنولوجيا المعلومات والاتصالات - ولا سيما فيما يتعلق بالمؤتمر العالمي للاتصالات الراديوية (WRC-23) الذي ينظمه الاتحاد في نفس الوقت في نفس المدينة المضيئة (دبي، الإمارات العربية المتحدة). ونهدف إلى اغتنام هذه المناسبة لتحفيز الشراكات وإطلاق مبادرات جريئة وحلول بناءة، لتوسيع نطاق الإجراءات الملموسة وتسريعها بشكل جماعي من أجل رصد تغير المناخ والتخفيف من آثاره والتكيف معه.

وتنتقل إلى تعليقاتكم ومشاركاتكم في الأسابيع والأشهر المقبلة حتى تتمكن معاً من تقديم مساهمة قوية لحل أزمة المناخ.

وتفضلوا بقبول فائق التقدير والاحترام.

[الأصل عليه توقيع]

دورين بوغدان-مارتن

الأمينة العامة`;

const cl2315BodyEn = `Dear Sir/Madam,

On the occasion of World Environment Day today, we are pleased to invite you to play an active role in ITU's plans for Green Digital Action in the run-up to and during the twenty-eighth Conference of the Parties (COP28).

Following the SDG Digital Day on 17 September in New York, which will examine how digital solutions can help accelerate the achievement of all 17 Sustainable Development Goals, ITU, in collaboration with partners from the United Nations, governments, business and civil society, will hold a Green Digital Action track at COP28. The purpose of these efforts is to ensure that we, as the information and communication technology (ICT) community, step up our efforts to combat the climate crisis.

There are several ways to get involved, including through collaborative work ahead of COP28 to co-create and accelerate digitally driven achievements that tangibly support the climate agenda, as well as by prioritizing digital climate action and hosting elements of the Green Digital Action track at your pavilion during COP28. I invite you to register your interest or to contact the ITU secretariat at the following address: green@itu.int.

Today, together with 18 core partners, we are also launching a public campaign to mobilize other stakeholders to join us in efforts to:

- monitor climate and carbon through open environmental data and technologies;
- mitigate climate change by: (a) implementing concrete transition plans for the ICT sector to meet greenhouse gas reduction targets, with a special focus on decarbonizing the value chain (Scope 3); (b) promoting a circular ICT industry, including by reducing raw material inputs; (c) building momentum for the implementation of "green" standards; (d) mainstreaming the "green" principle into assessment activities through "green-by-design" principles; and (f) enabling the green transformation of the wider economy and society by leveraging digital technologies and building green digital skills;
- use connectivity and digital technologies to adapt to climate change, in particular by supporting the implementation of the UN Secretary-General's Early Warnings for All initiative.

The next UN Climate Change Conference, COP28, to be held in Dubai from 30 November to 12 December 2023, offers a key opportunity to showcase the value of digital climate action, and also to raise the ambition of the ICT sector to reduce its own footprint in support of the goal of limiting the temperature rise to 1.5°C. It is also an opportunity to strengthen wider collaboration across the ICT sector – particularly in connection with the World Radiocommunication Conference (WRC-23), which ITU is organizing at the same time in the same host city (Dubai, United Arab Emirates). We aim to seize this occasion to catalyse partnerships and launch bold initiatives and constructive solutions, in order to collectively scale up and accelerate concrete action to monitor, mitigate and adapt to climate change.

We look forward to your comments and engagement in the coming weeks and months, so that together we can make a strong contribution to solving the climate crisis.

Yours faithfully,

[Original signed]

Doreen Bogdan-Martin

Secretary-General`;

const cl2463BodyRu = `Уважаемая госпожа, уважаемый господин,

В рамках подготовки к предстоящей Конференции ООН по изменению климата (КС-29) МСЭ, Азербайджан как председатель КС-29 и Министерство цифрового развития и транспорта Азербайджанской Республики приглашают министров, высокопоставленных должностных лиц и ключевые заинтересованные стороны принять участие в круглом столе высокого уровня по случаю Дня цифровизации на КС-29, который состоится 16 ноября 2024 года.

Одновременно с этим Государствам-Членам, Членам Секторов, Ассоциированным членам, Академическим организациям и другим заинтересованным сторонам предлагается одобрить Декларацию КС-29 об инициативе "Зеленая цифровая кампания", которая прилагается к настоящему письму.

Инициатива "Зеленая цифровая кампания" направлена на использование преобразующего потенциала цифровых технологий в нашей коллективной борьбе с изменением климата и содержит призыв к технологической отрасли взять на себя ответственность за ее воздействие на окружающую среду. Эта инициатива была выдвинута МСЭ и более чем 40 заинтересованными сторонами, представляющими правительства, международные организации, коммерческие предприятия и гражданское общество во всем мире, в связи с Конференцией ООН по изменению климата (КС-28).

В дальнейшем Совет МСЭ 2024 года предложил Государствам-Членам, Членам Секторов, Ассоциированным членам и Академическим организациям содействовать внедрению экологически устойчивых новых и появляющихся технологий электросвязи/ИКТ во всех секторах экономики, принял Резолюцию 1429 о роли МСЭ в содействии вкладу ИКТ в обеспечение устойчивости и деятельность по борьбе с изменением климата. Кроме того, Совет МСЭ поручил Генеральному секретарю во взаимодействии с Директорами трех Бюро побуждать стремление к участию в деятельности МСЭ в рамках своего мандата по вопросам, связанным с данной Резолюцией, укреплять в этом отношении сотрудничество с другими структурами системы Организации Объединенных Наций и заинтересованными сторонами, а также содействовать внедрению новых и появляющихся технологий ИКТ во всех секторах экономики с целью повышения их экологической устойчивости.

В связи с этим мы чрезвычайно признательны Азербайджану как председателю КС-29 за организацию первого в истории Дня цифровизации в рамках предстоящей КС-29. В Декларации об инициативе "Зеленая цифровая кампания" подтверждается важная роль цифровых технологий в борьбе с изменением климата и излагается рамочная основа для сотрудничества в целях достижения устойчивости и обеспечения того, чтобы рост цифровых технологий не приводил к дальнейшему ухудшению состояния окружающей среды. Текст Декларации является результатом широких консультаций и был распространен Азербайджаном как председателем КС-29 для одобрения. Дополнительная информация представлена в письме председателя КС-29 с декларациями и обязательствами.

Чтобы одобрить Декларацию, вы можете направить официальное письмо или вербальную ноту в адрес председателя КС-29 или же направить по адресу электронной почты: digitalisation@cop29.az сообщение с любым дополнительным заявлением, которое вы пожелаете включить в рамках своего одобрения.

Чтобы зарегистрироваться для участия в круглом столе, просьба связаться с нами по адресу: green@itu.int.

Благодарим вас за поддержку инициативы "Зеленая цифровая кампания" и приверженность ей. Вместе мы сможем сделать КС-29 знаковым событием на нашем пути к устойчивой цифровой трансформации.

С уважением,

[Оригинал подписан]

Дорин Богдан-Мартин

Генеральный секретарь

Приложение: Декларация КС-29 об инициативе "Зеленая цифровая кампания" (только на английском языке)`;

const cl2463BodyEn = `Dear Sir/Madam,

In preparation for the upcoming UN Climate Change Conference (COP29), ITU, Azerbaijan as the COP29 Presidency and the Ministry of Digital Development and Transport of the Republic of Azerbaijan invite ministers, high-level officials and key stakeholders to take part in the high-level roundtable for Digitalization Day at COP29, which will take place on 16 November 2024.

At the same time, Member States, Sector Members, Associates, Academia and other stakeholders are invited to endorse the COP29 Declaration on Green Digital Action, which is annexed to this letter.

The Green Digital Action initiative aims to harness the transformative potential of digital technologies in our collective fight against climate change and calls on the technology industry to take responsibility for its environmental impact. The initiative was launched by ITU and more than 40 stakeholders representing governments, international organizations, businesses and civil society around the world in connection with the UN Climate Change Conference (COP28).

Subsequently, the 2024 session of the ITU Council invited Member States, Sector Members, Associates and Academia to promote the adoption of environmentally sustainable new and emerging telecommunication/ICTs in all sectors of the economy, and adopted Resolution 1429 on the role of ITU in fostering ICT for climate action and environmental sustainability. The ITU Council also instructed the Secretary-General, in collaboration with the Directors of the three Bureaux, to raise ambition for engagement in ITU's activities within its mandate on matters related to this Resolution, to strengthen cooperation in this regard with other entities of the United Nations system and with stakeholders, and to promote the adoption of new and emerging ICTs in all sectors of the economy in order to enhance their environmental sustainability.

In this regard, we are extremely grateful to Azerbaijan, as the COP29 Presidency, for organizing the first-ever Digitalization Day at the upcoming COP29. The Declaration on Green Digital Action affirms the important role of digital technologies in combating climate change and sets out a framework for collaboration to achieve sustainability and to ensure that the growth of digital technologies does not lead to further environmental degradation. The text of the Declaration is the result of broad consultations and has been circulated by Azerbaijan, as the COP29 Presidency, for endorsement. Further information is available in the COP29 Presidency's letter on declarations and pledges.

To endorse the Declaration, you may send an official letter or note verbale to the COP29 Presidency, or send an email to digitalisation@cop29.az with any additional statement that you wish to include as part of your endorsement.

To register for the roundtable, please contact us at green@itu.int.

Thank you for your support for and commitment to Green Digital Action. Together we can make COP29 a milestone on our journey towards sustainable digital transformation.

Yours faithfully,

[Original signed]

Doreen Bogdan-Martin

Secretary-General

Annex: COP29 Declaration on Green Digital Action (in English only)`;

export const circulars: SeedCircular[] = [
  {
    slug: "tsb-circular-114",
    reference: "TSB Circular 114",
    office: "TSB",
    issuedOn: "2023-06-28",
    place: geneva,
    addressees: {
      ru: "Администрациям Государств – Членов Союза; Членам Сектора МСЭ-Т; Ассоциированным членам МСЭ-Т; Академическим организациям – Членам МСЭ. Копии: председателям и заместителям председателей исследовательских комиссий; Директору Бюро развития электросвязи; Директору Бюро радиосвязи",
      en: "Administrations of Member States of the Union; ITU-T Sector Members; ITU-T Associates; ITU Academia. Copy to: the Chairmen and Vice-Chairmen of Study Groups; the Director of the Telecommunication Development Bureau; the Director of the Radiocommunication Bureau",
      fr: "Administrations des États Membres de l'Union ; Membres du Secteur de l'UIT-T ; Associés de l'UIT-T ; établissements universitaires participant aux travaux de l'UIT. Copie : aux présidents et vice-présidents des commissions d'études ; au Directeur du Bureau de développement des télécommunications ; au Directeur du Bureau des radiocommunications",
      es: "Administraciones de los Estados Miembros de la Unión; Miembros de Sector del UIT-T; Asociados del UIT-T; Instituciones Académicas de la UIT. Copia: a los Presidentes y Vicepresidentes de las Comisiones de Estudio; al Director de la Oficina de Desarrollo de las Telecomunicaciones; al Director de la Oficina de Radiocomunicaciones",
      zh: "国际电联各成员国主管部门；ITU-T部门成员；ITU-T部门准成员；国际电联学术成员。抄送：各研究组正副主席；电信发展局主任；无线电通信局主任",
      ar: "إدارات الدول الأعضاء في الاتحاد؛ أعضاء قطاع تقييس الاتصالات؛ المنتسبون إلى قطاع تقييس الاتصالات؛ الهيئات الأكاديمية المنضمة إلى الاتحاد. نسخة إلى: رؤساء لجان الدراسات ونوابهم؛ مدير مكتب تنمية الاتصالات؛ مدير مكتب الاتصالات الراديوية",
    },
    contactName: null,
    contactEmail: "tsbevents@itu.int",
    contactPhone: "+41 22 730 5356",
    contactFax: "+41 22 730 5853",
    subject: {
      ru: `Семинар-практикум МСЭ "Уменьшение вашего углеродного следа – руководство для операторов электросвязи по представлению отчетности по группе 3 парниковых газов" (полностью виртуальное мероприятие, 11 июля 2023 г.)`,
      en: `ITU Workshop "Reducing your carbon footprint – a guide for telecom operators on Scope 3 GHG reporting" (fully virtual, 11 July 2023)`,
      fr: "Atelier de l'UIT « Réduire votre empreinte carbone – guide à l'intention des opérateurs de télécommunication sur la déclaration des émissions de GES de scope 3 » (entièrement virtuel, 11 juillet 2023)",
      es: `Taller de la UIT "Reducir su huella de carbono – guía para operadores de telecomunicaciones sobre la notificación de emisiones de GEI de alcance 3" (totalmente virtual, 11 de julio de 2023)`,
      zh: "国际电联研讨会“减少碳足迹——电信运营商范围3温室气体排放报告指南”（完全以线上方式举办，2023年7月11日）",
      ar: 'ورشة عمل الاتحاد "الحد من بصمتكم الكربونية – دليل لمشغلي الاتصالات بشأن الإبلاغ عن انبعاثات غازات الاحتباس الحراري في النطاق 3" (حدث افتراضي بالكامل، 11 يوليو 2023)',
    },
    body: { ru: tsb114BodyRu, en: tsb114BodyEn },
    originalLang: "ru",
    annexes: [],
  },
  {
    slug: "cl-23-15",
    reference: "CL-23/15",
    office: "GS",
    issuedOn: "2023-06-05",
    place: geneva,
    addressees: {
      ar: "الدول الأعضاء في الاتحاد؛ أعضاء القطاعات؛ المنتسبون والهيئات الأكاديمية",
      en: "Member States of the Union; Sector Members; Associates and Academia",
      fr: "États Membres de l'Union ; Membres des Secteurs ; Associés et établissements universitaires",
      es: "Estados Miembros de la Unión; Miembros de Sector; Asociados e Instituciones Académicas",
      ru: "Государствам – Членам Союза; Членам Секторов; Ассоциированным членам и Академическим организациям",
      zh: "国际电联成员国；部门成员；部门准成员和学术成员",
    },
    contactName: "Ms Robin Zuercher",
    contactEmail: "green@itu.int",
    contactPhone: null,
    contactFax: null,
    subject: {
      ar: "دعوة للانضمام إلى العمل الرقمي الأخضر في مؤتمر الأطراف الثامن والعشرين (COP28)",
      en: "Invitation to join Green Digital Action at COP28",
      fr: "Invitation à rejoindre l'Action du secteur du numérique pour l'environnement à la COP28",
      es: "Invitación a sumarse a la Acción Digital Ecológica en la COP28",
      ru: `Приглашение присоединиться к инициативе "Зеленая цифровая кампания" на КС-28`,
      zh: "邀请在《联合国气候变化框架公约》第二十八届缔约方大会（COP28）上加入绿色数字行动",
    },
    body: { ar: cl2315BodyAr, en: cl2315BodyEn },
    originalLang: "ar",
    annexes: [],
  },
  {
    slug: "cl-24-63",
    reference: "CL-24/63",
    office: "GS",
    issuedOn: "2024-11-07",
    place: geneva,
    addressees: {
      ru: "Государствам – Членам МСЭ; Постоянным представительствам в Женеве; Членам Секторов МСЭ; Ассоциированным членам и Академическим организациям – Членам МСЭ; Учреждениям ООН",
      en: "ITU Member States; Permanent Missions in Geneva; ITU Sector Members; ITU Associates and Academia; UN agencies",
      fr: "États Membres de l'UIT ; missions permanentes à Genève ; Membres des Secteurs de l'UIT ; Associés et établissements universitaires participant aux travaux de l'UIT ; institutions des Nations Unies",
      es: "Estados Miembros de la UIT; Misiones Permanentes en Ginebra; Miembros de Sector de la UIT; Asociados e Instituciones Académicas de la UIT; organismos de las Naciones Unidas",
      zh: "国际电联成员国；常驻日内瓦代表团；国际电联部门成员；国际电联部门准成员和学术成员；联合国各机构",
      ar: "الدول الأعضاء في الاتحاد؛ البعثات الدائمة في جنيف؛ أعضاء قطاعات الاتحاد؛ المنتسبون والهيئات الأكاديمية المنضمة إلى الاتحاد؛ وكالات الأمم المتحدة",
    },
    contactName: "Catalin Marinescu",
    contactEmail: "green@itu.int",
    contactPhone: "+41 22 730 5316",
    contactFax: "+41 22 733 7256",
    subject: {
      ru: `Приглашение принять участие в круглом столе высокого уровня по случаю Дня цифровизации на КС-29 и одобрить Декларацию КС-29 об инициативе "Зеленая цифровая кампания"`,
      en: "Invitation to participate in the high-level roundtable for Digitalization Day at COP29 and to endorse the COP29 Declaration on Green Digital Action",
      fr: "Invitation à participer à la table ronde de haut niveau organisée à l'occasion de la Journée de la numérisation de la COP29 et à approuver la Déclaration de la COP29 sur l'Action du secteur du numérique pour l'environnement",
      es: "Invitación a participar en la mesa redonda de alto nivel del Día de la Digitalización de la COP29 y a refrendar la Declaración de la COP29 sobre la Acción Digital Ecológica",
      zh: "邀请参加COP29数字化日高级别圆桌会议并认可《COP29绿色数字行动宣言》",
      ar: "دعوة إلى المشاركة في اجتماع المائدة المستديرة الرفيع المستوى بمناسبة يوم الرقمنة في مؤتمر الأطراف COP29 وإلى تأييد إعلان مؤتمر الأطراف COP29 بشأن العمل الرقمي الأخضر",
    },
    body: { ru: cl2463BodyRu, en: cl2463BodyEn },
    originalLang: "ru",
    annexes: [
      {
        title: {
          en: "COP29 Declaration on Green Digital Action",
          fr: "Déclaration de la COP29 sur l'Action du secteur du numérique pour l'environnement",
          es: "Declaración de la COP29 sobre la Acción Digital Ecológica",
          ru: `Декларация КС-29 об инициативе "Зеленая цифровая кампания"`,
          zh: "COP29绿色数字行动宣言",
          ar: "إعلان مؤتمر الأطراف COP29 بشأن العمل الرقمي الأخضر",
        },
        declarationSlug: "cop29-declaration",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------------

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

ويتيح المؤتمر COP28 فرصة رئيسية لعرض قيمة العمل المناخي الرقمي وللنهوض بطموح قطاع تكنولوجيا المعلومات والاتصالات في الحد من بصمته الخاصة دعماً لهدف الحد من ارتفاع درجة الحرارة لكي لا يتجاوز 1,5 درجة مئوية. ويتزامن المؤتمر مع المؤتمر العالمي للاتصالات الراديوية (WRC-23) الذي ينظمه الاتحاد في الوقت نفسه في دبي.

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

## Декларация КС-29 об инициативе "Зеленая цифровая кампания"

Круглый стол связан с Декларацией КС-29 об инициативе "Зеленая цифровая кампания", в которой подтверждается важная роль цифровых технологий в борьбе с изменением климата и излагается рамочная основа для сотрудничества, с тем чтобы рост цифровых технологий не приводил к дальнейшему ухудшению состояния окружающей среды. Государствам-Членам, Членам Секторов, Ассоциированным членам, Академическим организациям и другим заинтересованным сторонам предлагается одобрить Декларацию, направив официальное письмо или вербальную ноту в адрес председателя КС-29 либо сообщение по адресу электронной почты digitalisation@cop29.az с любым дополнительным заявлением, которое они пожелают включить.

## Регистрация

Чтобы зарегистрироваться для участия в круглом столе, просьба связаться с секретариатом МСЭ по адресу green@itu.int. Циркулярное письмо указывает дату проведения круглого стола, 16 ноября 2024 года, но не время.`;

export const events: SeedEvent[] = [
  {
    slug: "scope-3-ghg-reporting-workshop-2023",
    kind: "workshop",
    title: {
      en: "Reducing your carbon footprint – a guide for telecom operators on Scope 3 GHG reporting",
      ru: "Уменьшение вашего углеродного следа – руководство для операторов электросвязи по представлению отчетности по группе 3 парниковых газов",
      fr: "Réduire votre empreinte carbone – guide à l'intention des opérateurs de télécommunication sur la déclaration des émissions de GES de scope 3",
      es: "Reducir su huella de carbono – guía para operadores de telecomunicaciones sobre la notificación de emisiones de GEI de alcance 3",
      zh: "减少碳足迹——电信运营商范围3温室气体排放报告指南",
      ar: "الحد من بصمتكم الكربونية – دليل لمشغلي الاتصالات بشأن الإبلاغ عن انبعاثات غازات الاحتباس الحراري في النطاق 3",
    },
    summary: {
      en: "A virtual workshop organized by ITU with the GSMA and GeSI to present the new Scope 3 guidance for telecom operators, which harmonizes how operators allocate, calculate and report the greenhouse gas emissions of their value chain.",
      ru: "Виртуальный семинар-практикум, организуемый МСЭ совместно с Ассоциацией GSM и GeSI, на котором будет представлено новое руководство для операторов электросвязи по группе 3, согласующее методы распределения, расчета и представления отчетности о выбросах парниковых газов в цепочке создания стоимости.",
      fr: "Atelier virtuel organisé par l'UIT avec la GSMA et la GeSI pour présenter le nouveau guide sur le scope 3 destiné aux opérateurs de télécommunication, qui harmonise la manière dont ceux-ci répartissent, calculent et déclarent les émissions de gaz à effet de serre de leur chaîne de valeur.",
      es: "Taller virtual organizado por la UIT con la GSMA y la GeSI para presentar la nueva guía sobre el alcance 3 destinada a los operadores de telecomunicaciones, que armoniza la forma en que estos asignan, calculan y notifican las emisiones de gases de efecto invernadero de su cadena de valor.",
      zh: "由国际电联与GSMA和GeSI联合举办的线上研讨会，介绍面向电信运营商的新版范围3指南。该指南统一了运营商分配、计算和报告价值链温室气体排放的方法。",
      ar: "ورشة عمل افتراضية ينظمها الاتحاد بالتعاون مع رابطة GSMA ومبادرة GeSI لعرض الإرشادات الجديدة بشأن النطاق 3 الموجهة إلى مشغلي الاتصالات، والتي توحّد طرق توزيع انبعاثات غازات الاحتباس الحراري في سلسلة القيمة وحسابها والإبلاغ عنها.",
    },
    description: { en: scope3DescriptionEn, ru: scope3DescriptionRu },
    startsAt: "2023-07-11T13:00:00Z",
    endsAt: "2023-07-11T14:30:00Z",
    timeZone: "Europe/Zurich",
    format: "virtual",
    venue: { en: "Online", fr: "En ligne", es: "En línea", ru: "Онлайн", zh: "线上", ar: "عبر الإنترنت" },
    organisers: ["ITU", "GSMA", "GeSI"],
    audience: {
      en: "Open to all: policy-makers, telecom operators and other private-sector specialists, UN agencies, academia, civil society, regional organizations, NGOs and other stakeholders",
      ru: "Открыто для всех: руководители директивных органов, операторы электросвязи и другие специалисты частного сектора, учреждения ООН, академические организации, гражданское общество, региональные организации, НПО и другие заинтересованные стороны",
      fr: "Ouvert à tous : décideurs, opérateurs de télécommunication et autres spécialistes du secteur privé, institutions des Nations Unies, milieux universitaires, société civile, organisations régionales, ONG et autres parties prenantes",
      es: "Abierto a todos: responsables de políticas, operadores de telecomunicaciones y otros especialistas del sector privado, organismos de las Naciones Unidas, instituciones académicas, sociedad civil, organizaciones regionales, ONG y otras partes interesadas",
      zh: "向所有人开放：政策制定者、电信运营商和其他私营部门专家、联合国机构、学术界、民间社会、区域组织、非政府组织及其他利益攸关方",
      ar: "مفتوحة للجميع: واضعو السياسات ومشغلو الاتصالات وغيرهم من أخصائيي القطاع الخاص ووكالات الأمم المتحدة والأوساط الأكاديمية والمجتمع المدني والمنظمات الإقليمية والمنظمات غير الحكومية وسائر أصحاب المصلحة",
    },
    fee: { en: "Free of charge", ru: "Бесплатно", fr: "Gratuit", es: "Gratuito", zh: "免费", ar: "مجاناً" },
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
      ru: `Программа "Зеленая цифровая кампания" на КС-28`,
      zh: "COP28绿色数字行动系列活动",
    },
    summary: {
      en: "At the UN Climate Change Conference in Dubai, ITU and partners from the United Nations, governments, business and civil society hold a Green Digital Action track to step up the ICT community's efforts against the climate crisis. Stakeholders can collaborate ahead of COP28, prioritize digital climate action and host elements of the track at their pavilions.",
      ar: "يعقد الاتحاد، بالتعاون مع الشركاء من الأمم المتحدة والحكومات ودوائر الأعمال والمجتمع المدني، مسار العمل الرقمي الأخضر في مؤتمر الأمم المتحدة بشأن المناخ في دبي لتكثيف جهود مجتمع تكنولوجيا المعلومات والاتصالات في مكافحة أزمة المناخ. ويمكن لأصحاب المصلحة المشاركة من خلال العمل التعاوني قبل المؤتمر COP28 وإيلاء الأولوية للعمل المناخي الرقمي واستضافة عناصر من المسار في أجنحتهم.",
      fr: "À la Conférence des Nations Unies sur les changements climatiques à Dubaï, l'UIT et ses partenaires du système des Nations Unies, des gouvernements, des entreprises et de la société civile organisent un volet consacré à l'Action du secteur du numérique pour l'environnement, afin d'intensifier les efforts de la communauté des TIC face à la crise climatique. Les parties prenantes peuvent collaborer en amont de la COP28, donner la priorité à l'action climatique numérique et accueillir des activités du volet dans leur pavillon.",
      es: "En la Conferencia de las Naciones Unidas sobre el Cambio Climático de Dubái, la UIT y sus asociados de las Naciones Unidas, los gobiernos, el sector empresarial y la sociedad civil celebran un programa de Acción Digital Ecológica para intensificar los esfuerzos de la comunidad de las TIC frente a la crisis climática. Las partes interesadas pueden colaborar antes de la COP28, dar prioridad a la acción climática digital y acoger actividades del programa en sus pabellones.",
      ru: `На Конференции ООН по изменению климата в Дубае МСЭ совместно с партнерами из системы ООН, правительств, деловых кругов и гражданского общества проводит программу мероприятий "Зеленая цифровая кампания", с тем чтобы активизировать усилия сообщества ИКТ по борьбе с климатическим кризисом. Заинтересованные стороны могут участвовать в совместной работе в преддверии КС-28, уделять приоритетное внимание цифровым мерам в области климата и проводить элементы программы в своих павильонах.`,
      zh: "在迪拜举行的联合国气候变化大会期间，国际电联与来自联合国、各国政府、企业界和民间社会的合作伙伴共同举办绿色数字行动系列活动，推动ICT界加大应对气候危机的力度。各利益攸关方可在COP28之前开展合作，优先推进数字气候行动，并在各自展馆承办部分系列活动。",
    },
    description: { en: cop28DescriptionEn, ar: cop28DescriptionAr },
    startsAt: "2023-11-29T20:00:00Z",
    endsAt: "2023-12-12T19:59:00Z",
    timeZone: "Asia/Dubai",
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
    fee: {
      en: "Access to the COP28 venue is subject to the conference's accreditation and registration rules",
      ar: "يخضع الدخول إلى مقر المؤتمر COP28 لقواعد الاعتماد والتسجيل الخاصة بالمؤتمر",
      fr: "L'accès au site de la COP28 est soumis aux règles d'accréditation et d'inscription de la conférence",
      es: "El acceso a la sede de la COP28 está sujeto a las normas de acreditación e inscripción de la conferencia",
      ru: "Доступ на площадку КС-28 осуществляется в соответствии с правилами аккредитации и регистрации конференции",
      zh: "进入COP28会场须遵守大会的注册和资格认证规定",
    },
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
      ru: `В первый в истории КС День цифровизации министры, высокопоставленные должностные лица и ключевые заинтересованные стороны собираются в Баку на круглый стол высокого уровня, организуемый МСЭ, Азербайджаном как председателем КС-29 и Министерством цифрового развития и транспорта Азербайджанской Республики. Круглый стол связан с Декларацией КС-29 об инициативе "Зеленая цифровая кампания", которую правительствам и другим заинтересованным сторонам предлагается одобрить.`,
      fr: "Lors de la toute première Journée de la numérisation organisée à une COP, des ministres, de hauts responsables et les principales parties prenantes se réunissent à Bakou pour une table ronde de haut niveau organisée par l'UIT, l'Azerbaïdjan en tant que Présidence de la COP29 et le Ministère du développement numérique et des transports de la République d'Azerbaïdjan. La table ronde est liée à la Déclaration de la COP29 sur l'Action du secteur du numérique pour l'environnement, que les gouvernements et les autres parties prenantes sont invités à approuver.",
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
      fr: "Sur invitation : ministres, hauts responsables et principales parties prenantes",
      es: "Por invitación: ministros, altos funcionarios y principales partes interesadas",
      zh: "受邀参加：部长、高级官员和主要利益攸关方",
      ar: "بدعوة: الوزراء وكبار المسؤولين وأصحاب المصلحة الرئيسيون",
    },
    fee: {
      en: "Access to the COP29 venue is subject to the conference's accreditation and registration rules",
      ru: "Доступ на площадку КС-29 осуществляется в соответствии с правилами аккредитации и регистрации конференции",
      fr: "L'accès au site de la COP29 est soumis aux règles d'accréditation et d'inscription de la conférence",
      es: "El acceso a la sede de la COP29 está sujeto a las normas de acreditación e inscripción de la conferencia",
      zh: "进入COP29会场须遵守大会的注册和资格认证规定",
      ar: "يخضع الدخول إلى مقر المؤتمر COP29 لقواعد الاعتماد والتسجيل الخاصة بالمؤتمر",
    },
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

// ---------------------------------------------------------------------------------------------------
// COP declarations
// ---------------------------------------------------------------------------------------------------

const cop29DeclarationBodyEn = `We, national governments and other stakeholders, including international organisations, financial institutions, philanthropies, private sector entities, academia, and civil society organisations;

Recognising the imperative to mitigate and adapt to climate change and underscoring the important role of digital technologies in achieving these objectives, the objective of the United Nations Framework Convention on Climate Change (UNFCCC) and the goals of the Paris Agreement, the 2030 Agenda for Sustainable Development and the Pact of the Future;

Highlighting that digital innovations can have enabling and systemic effects in reducing GHG emissions across various economic sectors and adapting to climate change impacts when properly used and governed;

Noting with concern the adverse climate impacts associated with the full life cycle of digital technologies and related tools, devices and infrastructures, including with regard to the energy and water consumption of the digital sector, notably in the case of data processing centres, artificial intelligence development and deployment, coupled with the carbon footprint and pollution of producing digital tools and devices, as well as the unsustainable disposal of obsolete digital infrastructure, that need to be addressed;

Acknowledging that more consistent, technically rigorous and comprehensive data on GHG emissions and energy consumption from the Information and Communication Technology (ICT) sector can significantly enhance our progress towards accurately assessing its climate impacts and setting more effective climate targets;

Underlining the various digital divides as substantial impediments to achieving equitable, inclusive, just and digital transitions, and cognisant that disparities in digital access, capacities and resources can deepen inequalities and obstruct global climate efforts;

Expressing deep concern about the potential effects that disinformation and misinformation may have on the credibility of scientific knowledge and on the global perception of the causes and potential impacts of climate change, as well as on public awareness, mobilisation and collective action to prevent and combat these impacts;

Reaffirming the imperative to address these disparities to fully leverage digitalisation for global sustainability, ensuring that all benefit from a meaningfully connected world while leaving no one behind, including Indigenous Peoples, local communities, women, children, youth, and persons with disabilities;

Emphasising the importance of stronger collaboration between governments, the private sector, academia, technical communities, civil society and other stakeholders - in conformity with their roles and responsibilities, as well as synergy building among international organisations, and collective action and strengthened partnerships as a way to leverage digitalisation for climate action effectively;

Affirm within our respective mandates the following common objectives:

- I. Leveraging Digital Technologies and Tools for Climate Action: Encourage the development and adoption of sustainable digital technologies to accelerate GHG emissions abatement, reductions, and removal and energy efficiency across sectors and to support climate-resilient communities, including through the UNFCCC Technology Mechanism. Additionally, enhance climate monitoring and forecasting and strengthen emergency response and preparedness capabilities through the broader use of digital technologies, including mobile early warning systems. Encourage improvement of digital technologies for energy modelling and forecasting to make grids more resilient to climate change's impacts and support clean energy initiatives that are adopting digital solutions.
- II. Building Resilient Digital Infrastructure: Emphasise the importance of designing digital infrastructure resilient to climate change impacts, ensuring the continued functionality of critical digital systems in adverse conditions.
- III. Mitigating Digitalisation's Climate Impact: Develop policies and technical advancements to contribute to achieving net-zero emissions and minimize the resource intensity of digital technologies. This includes powering digital infrastructure with clean energy, promoting energy-efficient practices, reducing emissions embedded in digital infrastructure and supply chains, extending product lifecycles, and improving recycling and e-waste management systems. It also includes establishing metrics and indicators to measure climate impacts of ICTs and to monitor the impact of digital actions on climate.
- IV. Promoting Digital Inclusion and Literacy: Promote the accessibility of digital technologies for climate action to developing countries, including Least Developed Countries and Small Island Developing States. This involves supporting digital skills, digital literacy and capacity-building initiatives, especially for young people and women. Foster local digital ecosystems by providing support and resources for startups, small and medium-sized enterprises, and research institutions working on sustainable digital solutions.
- V. Data-driven decision-making: Deploy assessment methodologies to estimate the net climate impact of green digital solutions, implement effective systems to accurately track and standardise climate-related data and energy usage and effectively monitor regulatory adherence and data quality and integrity.
- VI. Fostering Sustainable Innovation: Mobilise existing climate funds and invest across all channels in innovation, research and development and implementation of environmentally sustainable digital technologies and resilient infrastructure, encouraging collaboration across sectors to integrate climate considerations early in and throughout the technological development process. Recognise the importance of protecting intellectual property rights to incentivise innovation while also enhancing cooperative action to facilitate the widespread adoption of digital and green technologies. Promote policies that account for the protection of intellectual property and the need for open access to technologies that contribute to global climate goals.
- VII. Encouraging Sustainable Consumer Practices: Promote awareness and education on sustainable digital consumption and practices among consumers.
- VIII. Facilitating the Sharing of Best Practices: Leverage existing mechanisms and develop and implement new mechanisms that facilitate the sharing of best practices, including both good policy practices and effective technology applications, among countries in using digital technologies to reduce GHG emissions and enhance adaptation and resilience. By creating platforms for knowledge exchange and fostering international collaboration, we can ensure that successful initiatives, both in policy and technology, are replicated and adapted to diverse contexts, thereby accelerating global progress toward achieving climate and environmental goals.

## Implementation Framework

We intend to incorporate these objectives into policies that address both digital and low-emission transition pathways, ensuring mutual support among digital, energy and climate policies and goals. This includes, amongst others, when and where applicable, integrating digital environmental sustainability into national climate strategies and policies, investing in environmentally sustainable digital technologies, using science-based methodologies that demonstrate the net positive contribution of digital solutions, and strengthening the role of digital technologies as enablers of climate solutions in countries' Technology Needs Assessments, Technology Action Plans and technical assistance provided by the Climate Technology Centre and Network (CTCN), which help inform countries in the development, updating and implementation of their Nationally Determined Contributions (NDCs) under the Paris Agreement.

## Collaboration

We intend to convene, when necessary, with stakeholders, including the private sector, civil society, and international organisations through the UNFCCC Technology Mechanism and the ITU Green Digital Action initiative to enhance collaboration.

National governments and other stakeholders can endorse this Declaration through:

Any official written communications (letter and note verbale) to the COP29 Presidency or email to digitalisation@cop29.az`;

export const declarations: SeedDeclaration[] = [
  {
    slug: "cop29-declaration",
    title: {
      en: "COP29 Declaration on Green Digital Action",
      fr: "Déclaration de la COP29 sur l'Action du secteur du numérique pour l'environnement",
      es: "Declaración de la COP29 sobre la Acción Digital Ecológica",
      ru: `Декларация КС-29 об инициативе "Зеленая цифровая кампания"`,
      zh: "COP29绿色数字行动宣言",
      ar: "إعلان مؤتمر الأطراف COP29 بشأن العمل الرقمي الأخضر",
    },
    summary: {
      en: "In this Declaration, national governments and other stakeholders affirm the important role of digital technologies in mitigating and adapting to climate change, and recognize the need to address the climate impacts of the digital sector itself, from energy and water use to e-waste. It sets out eight common objectives – from leveraging digital tools for climate action and building resilient digital infrastructure to data-driven decision-making and the sharing of best practices – together with a framework for implementation and for collaboration through the UNFCCC Technology Mechanism and ITU's Green Digital Action initiative.",
      fr: "Dans cette Déclaration, les gouvernements nationaux et d'autres parties prenantes affirment le rôle important des technologies numériques dans l'atténuation des changements climatiques et l'adaptation à ceux-ci, et reconnaissent la nécessité de remédier aux incidences climatiques du secteur numérique lui-même, de sa consommation d'énergie et d'eau à ses déchets électroniques. Elle énonce huit objectifs communs – de l'exploitation des outils numériques au service de l'action climatique et de la mise en place d'infrastructures numériques résilientes à la prise de décisions fondée sur les données et à l'échange de bonnes pratiques – ainsi qu'un cadre de mise en œuvre et de collaboration reposant sur le Mécanisme technologique de la CCNUCC et l'initiative de l'UIT Action du secteur du numérique pour l'environnement.",
      es: "En esta Declaración, los gobiernos nacionales y otras partes interesadas afirman la importante función de las tecnologías digitales en la mitigación del cambio climático y la adaptación a sus efectos, y reconocen la necesidad de abordar los efectos climáticos del propio sector digital, desde su consumo de energía y agua hasta los residuos electrónicos. En ella se enuncian ocho objetivos comunes –desde el aprovechamiento de las herramientas digitales para la acción climática y la creación de infraestructuras digitales resilientes hasta la toma de decisiones basada en datos y el intercambio de prácticas idóneas–, junto con un marco de aplicación y de colaboración a través del Mecanismo Tecnológico de la CMNUCC y la iniciativa Acción Digital Ecológica de la UIT.",
      ru: `В этой Декларации национальные правительства и другие заинтересованные стороны подтверждают важную роль цифровых технологий в смягчении последствий изменения климата и адаптации к ним и признают необходимость устранять воздействие на климат самого цифрового сектора – от потребления энергии и воды до электронных отходов. В ней сформулированы восемь общих целей – от использования цифровых инструментов в деятельности по борьбе с изменением климата и создания устойчивой цифровой инфраструктуры до принятия решений на основе данных и обмена передовым опытом, – а также рамочная основа для реализации и сотрудничества через Механизм по технологиям РКИК ООН и инициативу МСЭ "Зеленая цифровая кампания".`,
      zh: "在本宣言中，各国政府和其他利益攸关方确认数字技术在减缓和适应气候变化方面的重要作用，并认识到有必要应对数字行业自身对气候的影响，包括能源和水资源消耗以及电子废弃物等问题。宣言提出了八项共同目标——从利用数字工具推动气候行动、建设具有韧性的数字基础设施，到数据驱动的决策和最佳做法分享——并制定了实施框架，以及通过《联合国气候变化框架公约》技术机制和国际电联绿色数字行动举措开展合作的框架。",
      ar: "في هذا الإعلان، تؤكد الحكومات الوطنية وسائر أصحاب المصلحة الدور المهم للتكنولوجيات الرقمية في التخفيف من آثار تغير المناخ والتكيف معه، وتقر بضرورة معالجة الآثار المناخية للقطاع الرقمي نفسه، من استهلاك الطاقة والمياه إلى النفايات الإلكترونية. ويحدد الإعلان ثمانية أهداف مشتركة - من تسخير الأدوات الرقمية للعمل المناخي وبناء بنية تحتية رقمية قادرة على الصمود إلى اتخاذ القرارات المستندة إلى البيانات وتبادل أفضل الممارسات - إلى جانب إطار للتنفيذ وللتعاون من خلال آلية التكنولوجيا التابعة لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ ومبادرة العمل الرقمي الأخضر للاتحاد.",
    },
    body: { en: cop29DeclarationBodyEn },
    cop: "COP29",
    copPlace: {
      en: "Baku, Azerbaijan",
      ru: "Баку, Азербайджан",
      fr: "Bakou (Azerbaïdjan)",
      es: "Bakú (Azerbaiyán)",
      zh: "阿塞拜疆巴库",
      ar: "باكو، أذربيجان",
    },
    endorsementOpensAt: "2024-11-07T00:00:00Z",
    endorsementClosesAt: null,
    circularSlug: "cl-24-63",
  },
];

// ---------------------------------------------------------------------------------------------------
// Working groups
// ---------------------------------------------------------------------------------------------------

export const workingGroups: SeedWorkingGroup[] = [
  {
    slug: "wg-ict-emissions",
    pillarSlug: "ict-emissions",
    name: {
      en: "Working Group on Reducing ICT-Sector Emissions",
      fr: "Groupe de travail sur la réduction des émissions du secteur des TIC",
      es: "Grupo de Trabajo sobre la Reducción de las Emisiones del Sector de las TIC",
      ru: "Рабочая группа по сокращению выбросов в секторе ИКТ",
      zh: "减少ICT行业排放工作组",
      ar: "الفريق العامل المعني بخفض انبعاثات قطاع تكنولوجيا المعلومات والاتصالات",
    },
    mandate: {
      en: "This partner-led working group drives the implementation of the commitments made by Green Digital Action partners at COP28 to cut ICT-sector emissions in line with the 1.5°C goal: 45% by 2030 against 2020, and net zero by 2050. It promotes transition plans focused on value-chain (Scope 3) decarbonization, building on the Scope 3 guidance for telecom operators, and encourages organizations to publish all scopes and categories of their greenhouse gas emissions every year to the public ITU database.",
      fr: "Ce groupe de travail dirigé par des partenaires fait avancer la mise en œuvre des engagements pris à la COP28 par les partenaires de l'initiative pour réduire les émissions du secteur des TIC conformément à l'objectif de 1,5 °C : moins 45 % d'ici à 2030 par rapport à 2020 et zéro émission nette d'ici à 2050. Il promeut des plans de transition axés sur la décarbonation de la chaîne de valeur (scope 3), en s'appuyant sur le guide sur le scope 3 destiné aux opérateurs de télécommunication, et encourage les organisations à publier chaque année l'ensemble des scopes et catégories de leurs émissions de gaz à effet de serre dans la base de données publique de l'UIT.",
      es: "Este grupo de trabajo dirigido por los asociados impulsa la aplicación de los compromisos asumidos en la COP28 por los asociados de la iniciativa para reducir las emisiones del sector de las TIC en consonancia con el objetivo de 1,5 °C: un 45 % para 2030 con respecto a 2020 y cero emisiones netas para 2050. Promueve planes de transición centrados en la descarbonización de la cadena de valor (alcance 3), sobre la base de la guía sobre el alcance 3 para operadores de telecomunicaciones, y alienta a las organizaciones a publicar cada año todos los alcances y categorías de sus emisiones de gases de efecto invernadero en la base de datos pública de la UIT.",
      ru: `Эта рабочая группа под руководством партнеров обеспечивает выполнение обязательств, принятых партнерами инициативы "Зеленая цифровая кампания" на КС-28, по сокращению выбросов в секторе ИКТ в соответствии с целью в 1,5 °C: на 45% к 2030 году по сравнению с 2020 годом и до нулевого чистого уровня к 2050 году. Она содействует разработке планов перехода с упором на декарбонизацию цепочки создания стоимости (группа 3), опираясь на руководство для операторов электросвязи по группе 3, и побуждает организации ежегодно публиковать в публичной базе данных МСЭ данные обо всех группах и категориях своих выбросов парниковых газов.`,
      zh: "本工作组由合作伙伴领导，推动落实绿色数字行动合作伙伴在COP28上作出的承诺，按照1.5°C目标减少ICT行业排放：到2030年在2020年基础上减少45%，到2050年实现净零排放。工作组以面向电信运营商的范围3指南为基础，推动制定以价值链（范围3）脱碳为重点的转型计划，并鼓励各组织每年向国际电联公共数据库公开所有范围和类别的温室气体排放数据。",
      ar: "يعمل هذا الفريق العامل الذي يقوده الشركاء على تنفيذ الالتزامات التي قطعها شركاء العمل الرقمي الأخضر في مؤتمر الأطراف COP28 لخفض انبعاثات قطاع تكنولوجيا المعلومات والاتصالات تماشياً مع هدف 1,5 درجة مئوية: بنسبة 45% بحلول عام 2030 مقارنة بعام 2020، وبلوغ صافي انبعاثات صفري بحلول عام 2050. ويعزز الفريق خطط انتقالية تركز على إزالة الكربون من سلسلة القيمة (النطاق 3)، استناداً إلى إرشادات النطاق 3 الموجهة إلى مشغلي الاتصالات، ويشجع المنظمات على أن تنشر سنوياً في قاعدة البيانات العامة للاتحاد بيانات جميع نطاقات وفئات انبعاثاتها من غازات الاحتباس الحراري.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
  {
    slug: "wg-circular-ict",
    pillarSlug: "circular-ict",
    name: {
      en: "Working Group on a Circular ICT Sector",
      fr: "Groupe de travail sur un secteur des TIC circulaire",
      es: "Grupo de Trabajo sobre un Sector de las TIC Circular",
      ru: "Рабочая группа по развитию сектора ИКТ на основе принципов замкнутого цикла",
      zh: "循环ICT行业工作组",
      ar: "الفريق العامل المعني بقطاع دائري لتكنولوجيا المعلومات والاتصالات",
    },
    mandate: {
      en: "This partner-led working group takes forward the commitments made at COP28 towards a circular ICT sector. It promotes reduced raw material inputs, longer product life cycles and better formal collection and recycling of e-waste, drawing on the evidence of the Global E-waste Monitor, and supports countries in adopting e-waste policies, legislation and regulation.",
      fr: "Ce groupe de travail dirigé par des partenaires fait avancer les engagements pris à la COP28 en faveur d'un secteur des TIC circulaire. Il promeut la réduction des intrants de matières premières, l'allongement de la durée de vie des produits et l'amélioration de la collecte et du recyclage formels des déchets électroniques, en s'appuyant sur les données du Global E-waste Monitor, et aide les pays à adopter des politiques, des lois et des réglementations relatives aux déchets électroniques.",
      es: "Este grupo de trabajo dirigido por los asociados hace avanzar los compromisos asumidos en la COP28 en favor de un sector de las TIC circular. Promueve la reducción de los insumos de materias primas, la prolongación de la vida útil de los productos y la mejora de la recogida y el reciclaje formales de los residuos electrónicos, sobre la base de los datos del Observatorio Mundial de los Residuos Electrónicos, y ayuda a los países a adoptar políticas, leyes y reglamentos en materia de residuos electrónicos.",
      ru: "Эта рабочая группа под руководством партнеров продвигает выполнение обязательств, принятых на КС-28, по переходу сектора ИКТ к замкнутому циклу. Она содействует сокращению использования сырья, продлению жизненного цикла продукции и улучшению официального сбора и переработки электронных отходов, опираясь на данные Глобального мониторинга электронных отходов, и оказывает странам поддержку в принятии политики, законодательства и нормативных актов в области электронных отходов.",
      zh: "本工作组由合作伙伴领导，推进在COP28上作出的建设循环ICT行业的承诺。工作组依托《全球电子废弃物监测》报告的数据，推动减少原材料投入、延长产品生命周期、加强电子废弃物的正式收集和回收，并支持各国制定电子废弃物相关政策、法律和法规。",
      ar: "يمضي هذا الفريق العامل الذي يقوده الشركاء قدماً بالالتزامات التي قُطعت في مؤتمر الأطراف COP28 من أجل قطاع دائري لتكنولوجيا المعلومات والاتصالات. ويعزز الحد من مدخلات المواد الخام وإطالة دورة حياة المنتجات وتحسين الجمع وإعادة التدوير الرسميين للنفايات الإلكترونية، مستنداً إلى بيانات المرصد العالمي للنفايات الإلكترونية، ويدعم البلدان في اعتماد سياسات وتشريعات ولوائح بشأن النفايات الإلكترونية.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
  {
    slug: "wg-open-data",
    pillarSlug: "open-data",
    name: {
      en: "Working Group on Open Environmental Data and Technologies",
      fr: "Groupe de travail sur les données et technologies environnementales ouvertes",
      es: "Grupo de Trabajo sobre Datos y Tecnologías Ambientales Abiertos",
      ru: "Рабочая группа по открытым экологическим данным и технологиям",
      zh: "开放环境数据和技术工作组",
      ar: "الفريق العامل المعني بالبيانات والتكنولوجيات البيئية المفتوحة",
    },
    mandate: {
      en: "This partner-led working group advances climate solutions built on open environmental data and technologies, from satellite and terrestrial climate monitoring to transparent data on the ICT sector's own footprint. It supports new collection of data on ICT-sector emissions and energy use and the capacity-building that helps policy-makers turn these data into policies and decisions.",
      fr: "Ce groupe de travail dirigé par des partenaires fait progresser les solutions climatiques fondées sur des données et technologies environnementales ouvertes, de la surveillance du climat par satellite et par des systèmes de Terre à la transparence des données sur l'empreinte du secteur des TIC lui-même. Il appuie la collecte de nouvelles données sur les émissions et la consommation d'énergie du secteur des TIC ainsi que le renforcement des capacités qui aide les décideurs à traduire ces données en politiques et en décisions.",
      es: "Este grupo de trabajo dirigido por los asociados impulsa soluciones climáticas basadas en datos y tecnologías ambientales abiertos, desde la vigilancia del clima por satélite y terrenal hasta la transparencia de los datos sobre la huella del propio sector de las TIC. Apoya la recopilación de nuevos datos sobre las emisiones y el consumo de energía del sector de las TIC y la creación de capacidad que ayuda a los responsables políticos a convertir esos datos en políticas y decisiones.",
      ru: "Эта рабочая группа под руководством партнеров продвигает климатические решения, основанные на открытых экологических данных и технологиях, – от спутникового и наземного мониторинга климата до прозрачных данных о воздействии самого сектора ИКТ. Она поддерживает новую работу по сбору данных о выбросах и энергопотреблении сектора ИКТ, а также создание потенциала, помогающего лицам, определяющим политику, использовать эти данные при разработке политики и принятии решений.",
      zh: "本工作组由合作伙伴领导，推进基于开放环境数据和技术的气候解决方案，涵盖从卫星和地面气候监测到ICT行业自身足迹的透明数据。工作组支持开展ICT行业排放和能源使用的新数据收集工作，并通过能力建设帮助政策制定者将这些数据转化为政策和决策。",
      ar: "ينهض هذا الفريق العامل الذي يقوده الشركاء بالحلول المناخية القائمة على البيانات والتكنولوجيات البيئية المفتوحة، بدءاً من رصد المناخ الساتلي والأرضي ووصولاً إلى البيانات الشفافة عن البصمة الخاصة لقطاع تكنولوجيا المعلومات والاتصالات. ويدعم الجهود الجديدة لجمع البيانات عن انبعاثات القطاع واستخدامه للطاقة، وبناء القدرات الذي يساعد واضعي السياسات على تحويل هذه البيانات إلى سياسات وقرارات.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
  {
    slug: "wg-green-standards",
    pillarSlug: "green-standards",
    name: {
      en: "Working Group on Implementing Green Standards",
      fr: "Groupe de travail sur la mise en œuvre des normes vertes",
      es: "Grupo de Trabajo sobre la Aplicación de Normas Verdes",
      ru: `Рабочая группа по внедрению "зеленых" стандартов`,
      zh: "绿色标准实施工作组",
      ar: "الفريق العامل المعني بتنفيذ المعايير الخضراء",
    },
    mandate: {
      en: "This partner-led working group builds momentum for the implementation of green standards, including Recommendations ITU-T L.1450, L.1470 and L.1480 and the forthcoming ITU-T L.Database. It helps companies and administrations apply standardized methods to measure and report emissions and to mainstream green-by-design principles, in coordination with ITU-T Study Group 5.",
      fr: "Ce groupe de travail dirigé par des partenaires mobilise en faveur de la mise en œuvre des normes vertes, notamment les Recommandations UIT-T L.1450, L.1470 et L.1480 et la future Recommandation UIT-T L.Database. Il aide les entreprises et les administrations à appliquer des méthodes normalisées pour mesurer et déclarer leurs émissions et à intégrer le principe d'écoconception, en coordination avec la Commission d'études 5 de l'UIT-T.",
      es: "Este grupo de trabajo dirigido por los asociados impulsa la aplicación de normas verdes, entre ellas las Recomendaciones UIT-T L.1450, L.1470 y L.1480 y la futura Recomendación UIT-T L.Database. Ayuda a empresas y administraciones a aplicar métodos normalizados para medir y notificar sus emisiones y a integrar el principio de la ecología desde el diseño, en coordinación con la Comisión de Estudio 5 del UIT-T.",
      ru: `Эта рабочая группа под руководством партнеров наращивает усилия по внедрению "зеленых" стандартов, в том числе Рекомендаций МСЭ-Т L.1450, L.1470 и L.1480 и готовящейся Рекомендации МСЭ-Т L.Database. Она помогает компаниям и администрациям применять стандартизированные методы измерения выбросов и представления отчетности о них, а также учитывать экологические требования уже на этапе проектирования, действуя в координации с 5-й Исследовательской комиссией МСЭ-Т.`,
      zh: "本工作组由合作伙伴领导，为实施绿色标准营造势头，包括ITU-T L.1450、L.1470和L.1480建议书以及即将出台的ITU-T L.Database建议书。工作组与ITU-T第5研究组协调，帮助企业和主管部门采用标准化方法测量和报告排放，并贯彻“从设计入手实现绿色”的原则。",
      ar: "يعمل هذا الفريق العامل الذي يقوده الشركاء على بناء الزخم لتنفيذ المعايير الخضراء، بما في ذلك التوصيات ITU-T L.1450 وL.1470 وL.1480 والتوصية ITU-T L.Database المرتقبة. ويساعد الشركات والإدارات على تطبيق منهجيات موحدة لقياس الانبعاثات والإبلاغ عنها وعلى إدماج مبادئ مراعاة البيئة منذ مرحلة التصميم، بالتنسيق مع لجنة الدراسات 5 لقطاع تقييس الاتصالات.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
  {
    slug: "wg-green-transformation",
    pillarSlug: "green-transformation",
    name: {
      en: "Working Group on the Green Transformation of All Sectors",
      fr: "Groupe de travail sur la transformation verte de tous les secteurs",
      es: "Grupo de Trabajo sobre la Transformación Verde de Todos los Sectores",
      ru: "Рабочая группа по экологической трансформации всех секторов",
      zh: "各行业绿色转型工作组",
      ar: "الفريق العامل المعني بالتحول الأخضر لجميع القطاعات",
    },
    mandate: {
      en: "This partner-led working group helps every sector of the economy use digital technologies and skills for its green transformation. It promotes environmentally sustainable new and emerging telecommunication/ICT solutions, whose environmental efficiency is monitored with key performance indicators based on ITU-T Recommendations, together with the building of green digital skills.",
      fr: "Ce groupe de travail dirigé par des partenaires aide tous les secteurs de l'économie à mettre les technologies et compétences numériques au service de leur transformation verte. Il promeut des solutions de télécommunication/TIC nouvelles et émergentes respectueuses de l'environnement, dont l'efficacité environnementale est suivie au moyen d'indicateurs clés de performance fondés sur les Recommandations UIT-T, ainsi que le développement de compétences numériques vertes.",
      es: "Este grupo de trabajo dirigido por los asociados ayuda a todos los sectores de la economía a aprovechar las tecnologías y competencias digitales para su transformación verde. Promueve soluciones de telecomunicaciones/TIC nuevas y emergentes ambientalmente sostenibles, cuya eficiencia ambiental se supervisa con indicadores clave de rendimiento basados en las Recomendaciones UIT-T, así como el desarrollo de competencias digitales verdes.",
      ru: `Эта рабочая группа под руководством партнеров помогает всем секторам экономики использовать цифровые технологии и навыки для экологической трансформации. Она содействует внедрению экологически устойчивых новых и появляющихся решений в области электросвязи/ИКТ, экологическая эффективность которых отслеживается с помощью ключевых показателей деятельности, основанных на Рекомендациях МСЭ-Т, а также развитию "зеленых" цифровых навыков.`,
      zh: "本工作组由合作伙伴领导，帮助各经济部门利用数字技术和技能实现绿色转型。工作组推广环境可持续的新的和新兴电信/ICT解决方案（其环境效率通过基于ITU-T建议书的关键绩效指标进行监测），并推动培养绿色数字技能。",
      ar: "يساعد هذا الفريق العامل الذي يقوده الشركاء جميع قطاعات الاقتصاد على الاستفادة من التكنولوجيات والمهارات الرقمية في تحولها الأخضر. ويعزز حلول الاتصالات/تكنولوجيا المعلومات والاتصالات الجديدة والناشئة المستدامة بيئياً، التي تُرصد كفاءتها البيئية باستخدام مؤشرات أداء رئيسية قائمة على توصيات قطاع تقييس الاتصالات، إلى جانب بناء المهارات الرقمية الخضراء.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
  {
    slug: "wg-early-warnings",
    pillarSlug: "early-warnings",
    name: {
      en: "Working Group on Early Warnings for All",
      fr: "Groupe de travail « Alertes précoces pour tous »",
      es: "Grupo de Trabajo sobre Alertas Tempranas para Todos",
      ru: `Рабочая группа по инициативе "Ранние предупреждения для всех"`,
      zh: "全民早期预警工作组",
      ar: "الفريق العامل المعني بالإنذار المبكر للجميع",
    },
    mandate: {
      en: "This partner-led working group supports the UN Secretary-General's Early Warnings for All initiative by promoting digital systems that deliver life-saving disaster alerts to everyone. It focuses on connectivity and digital technologies for climate adaptation, including mobile early warning systems and digital infrastructure that is resilient to climate change.",
      fr: "Ce groupe de travail dirigé par des partenaires soutient l'initiative « Alertes précoces pour tous » du Secrétaire général de l'ONU en promouvant des systèmes numériques qui transmettent à chacun des alertes de catastrophe qui sauvent des vies. Il s'intéresse à la connectivité et aux technologies numériques au service de l'adaptation aux changements climatiques, notamment aux systèmes d'alerte précoce mobiles et aux infrastructures numériques résilientes face aux changements climatiques.",
      es: "Este grupo de trabajo dirigido por los asociados apoya la iniciativa Alertas Tempranas para Todos del Secretario General de las Naciones Unidas promoviendo sistemas digitales que hagan llegar a todas las personas alertas de catástrofes que salvan vidas. Se centra en la conectividad y las tecnologías digitales para la adaptación al cambio climático, incluidos los sistemas móviles de alerta temprana y las infraestructuras digitales resilientes al cambio climático.",
      ru: `Эта рабочая группа под руководством партнеров поддерживает инициативу Генерального секретаря ООН "Ранние предупреждения для всех", содействуя внедрению цифровых систем, которые доводят до каждого спасающие жизни оповещения о бедствиях. Основное внимание в ее работе уделяется возможностям установления соединений и цифровым технологиям для адаптации к изменению климата, в том числе системам раннего предупреждения на базе подвижной связи и цифровой инфраструктуре, устойчивой к изменению климата.`,
      zh: "本工作组由合作伙伴领导，通过推广向所有人发送拯救生命的灾害警报的数字系统，支持联合国秘书长发起的“全民早期预警倡议”。工作组重点关注用于适应气候变化的连通性和数字技术，包括移动早期预警系统和能够抵御气候变化影响的数字基础设施。",
      ar: "يدعم هذا الفريق العامل الذي يقوده الشركاء مبادرة الأمين العام للأمم المتحدة بشأن الإنذار المبكر للجميع من خلال تعزيز الأنظمة الرقمية التي توصل إلى الجميع إنذارات بالكوارث تنقذ الأرواح. ويركز على التوصيلية والتكنولوجيات الرقمية من أجل التكيف مع تغير المناخ، بما في ذلك أنظمة الإنذار المبكر عبر الهاتف المتنقل والبنية التحتية الرقمية القادرة على الصمود أمام تغير المناخ.",
    },
    // The Council report says the groups are partner-led and names no lead: co-leads to be appointed.
    leadOrganisations: [],
    members: [],
    status: "active",
  },
];
