import type { SeedDeclaration } from "../types";

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
      ru: `Декларация КС-29 об инициативе «Зеленая цифровая кампания»`,
      zh: "COP29绿色数字行动宣言",
      ar: "إعلان مؤتمر الأطراف COP29 بشأن العمل الرقمي الأخضر",
    },
    summary: {
      en: "In this Declaration, national governments and other stakeholders affirm the important role of digital technologies in mitigating and adapting to climate change, and recognize the need to address the climate impacts of the digital sector itself, from energy and water use to e-waste. It sets out eight common objectives – from leveraging digital tools for climate action and building resilient digital infrastructure to data-driven decision-making and the sharing of best practices – together with a framework for implementation and for collaboration through the UNFCCC Technology Mechanism and ITU's Green Digital Action initiative.",
      fr: "Dans cette Déclaration, les gouvernements nationaux et d'autres parties prenantes affirment le rôle important des technologies numériques dans l'atténuation des changements climatiques et l'adaptation à ceux-ci, et reconnaissent la nécessité de remédier aux incidences climatiques du secteur numérique lui-même, de sa consommation d'énergie et d'eau à ses déchets électroniques. Elle énonce huit objectifs communs – de l'exploitation des outils numériques au service de l'action climatique et de la mise en place d'infrastructures numériques résilientes à la prise de décisions fondée sur les données et à l'échange de bonnes pratiques – ainsi qu'un cadre de mise en œuvre et de collaboration reposant sur le Mécanisme technologique de la CCNUCC et l'initiative de l'UIT « Action du secteur du numérique pour l'environnement ».",
      es: "En esta Declaración, los gobiernos nacionales y otras partes interesadas afirman la importante función de las tecnologías digitales en la mitigación del cambio climático y la adaptación a sus efectos, y reconocen la necesidad de abordar los efectos climáticos del propio sector digital, desde su consumo de energía y agua hasta los residuos electrónicos. En ella se enuncian ocho objetivos comunes –desde el aprovechamiento de las herramientas digitales para la acción climática y la creación de infraestructuras digitales resilientes hasta la toma de decisiones basada en datos y el intercambio de prácticas idóneas–, junto con un marco de aplicación y de colaboración a través del Mecanismo Tecnológico de la CMNUCC y la iniciativa Acción Digital Ecológica de la UIT.",
      ru: `В этой Декларации национальные правительства и другие заинтересованные стороны подтверждают важную роль цифровых технологий в смягчении последствий изменения климата и адаптации к ним и признают необходимость устранять воздействие на климат самого цифрового сектора – от потребления энергии и воды до электронных отходов. В ней сформулированы восемь общих целей – от использования цифровых инструментов в деятельности по борьбе с изменением климата и создания устойчивой цифровой инфраструктуры до принятия решений на основе данных и обмена передовым опытом, – а также рамочная основа для реализации и сотрудничества через Механизм по технологиям РКИК ООН и инициативу МСЭ «Зеленая цифровая кампания».`,
      zh: "在本宣言中，各国政府和其他利益攸关方确认数字技术在减缓和适应气候变化方面的重要作用，并认识到有必要应对数字行业自身对气候的影响，包括能源和水资源消耗以及电子废弃物等问题。宣言提出了八项共同目标——从利用数字工具推动气候行动、建设具有韧性的数字基础设施，到数据驱动的决策和最佳做法分享——并制定了实施框架，以及通过《联合国气候变化框架公约》技术机制和国际电联绿色数字行动举措开展合作的框架。",
      ar: "في هذا الإعلان، تؤكد الحكومات الوطنية وسائر أصحاب المصلحة الدور المهم للتكنولوجيات الرقمية في التخفيف من آثار تغير المناخ والتكيف معه، وتقر بضرورة معالجة الآثار المناخية للقطاع الرقمي نفسه، من استهلاك الطاقة والمياه إلى النفايات الإلكترونية. ويحدد الإعلان ثمانية أهداف مشتركة — من تسخير الأدوات الرقمية للعمل المناخي وبناء بنية تحتية رقمية قادرة على الصمود إلى اتخاذ القرارات المستندة إلى البيانات وتبادل أفضل الممارسات — إلى جانب إطار للتنفيذ وللتعاون من خلال آلية التكنولوجيا التابعة لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ ومبادرة العمل الرقمي الأخضر للاتحاد.",
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
