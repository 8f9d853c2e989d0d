import type { SeedCircular } from "../types";

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
      fr: "Administrations des États Membres de l'Union ; Membres du Secteur de l'UIT-T ; Associés de l'UIT-T ; établissements universitaires participant aux travaux de l'UIT. Copie : aux présidents et vice-présidents des commissions d'études ; au Directeur du Bureau de développement des télécommunications ; au Directeur du Bureau des radiocommunications",
      es: "Administraciones de los Estados Miembros de la Unión; Miembros de Sector del UIT-T; Asociados del UIT-T; Instituciones Académicas de la UIT. Copia: a los Presidentes y Vicepresidentes de las Comisiones de Estudio; al Director de la Oficina de Desarrollo de las Telecomunicaciones; al Director de la Oficina de Radiocomunicaciones",
      zh: "国际电联各成员国主管部门；ITU-T部门成员；ITU-T部门准成员；国际电联学术成员。抄送：各研究组正副主席；电信发展局主任；无线电通信局主任",
      ar: "إدارات الدول الأعضاء في الاتحاد؛ أعضاء قطاع تقييس الاتصالات؛ المنتسبون إلى قطاع تقييس الاتصالات؛ الهيئات الأكاديمية المنضمة إلى الاتحاد. نسخة إلى: رؤساء لجان الدراسات ونوابهم؛ مدير مكتب تنمية الاتصالات؛ مدير مكتب الاتصالات الراديوية",
    },
    contactName: null,
    contactEmail: "tsbevents@itu.int",
    contactPhone: "+41 22 730 5356",
    contactFax: "+41 22 730 5853",
    subject: {
      ru: `Семинар-практикум МСЭ «Уменьшение вашего углеродного следа – руководство для операторов электросвязи по представлению отчетности по группе 3 парниковых газов» (полностью виртуальное мероприятие, 11 июля 2023 г.)`,
      en: `ITU Workshop "Reducing your carbon footprint – a guide for telecom operators on Scope 3 GHG reporting" (fully virtual, 11 July 2023)`,
      fr: "Atelier de l'UIT « Réduire votre empreinte carbone – guide à l'intention des opérateurs de télécommunication sur la déclaration des émissions de GES du périmètre 3 (scope 3) » (entièrement virtuel, 11 juillet 2023)",
      es: `Taller de la UIT «Reducir su huella de carbono – guía para operadores de telecomunicaciones sobre la notificación de emisiones de GEI de alcance 3» (totalmente virtual, 11 de julio de 2023)`,
      zh: "国际电联讲习班“减少碳足迹——电信运营商范围3温室气体排放报告指南”（完全以线上方式举办，2023年7月11日）",
      ar: "ورشة عمل الاتحاد «الحد من بصمتكم الكربونية – دليل لمشغلي الاتصالات بشأن الإبلاغ عن انبعاثات غازات الاحتباس الحراري في النطاق 3» (فعالية افتراضية بالكامل، 11 يوليو 2023)",
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
      fr: "États Membres de l'Union ; Membres des Secteurs ; Associés et établissements universitaires",
      es: "Estados Miembros de la Unión; Miembros de Sector; Asociados e Instituciones Académicas",
      ru: "Государствам – Членам Союза; Членам Секторов; Ассоциированным членам и Академическим организациям",
      zh: "国际电联成员国；部门成员；部门准成员和学术成员",
    },
    // The name as the letter gives it, without «Ms»: the field is shown in six languages, and «Ms» is English.
    contactName: "Robin Zuercher",
    contactEmail: "green@itu.int",
    contactPhone: null,
    contactFax: null,
    subject: {
      ar: "دعوة للانضمام إلى العمل الرقمي الأخضر في مؤتمر الأطراف الثامن والعشرين (COP28)",
      en: "Invitation to join Green Digital Action at COP28",
      fr: "Invitation à rejoindre l'Action du secteur du numérique pour l'environnement à la COP28",
      es: "Invitación a sumarse a la Acción Digital Ecológica en la COP28",
      ru: `Приглашение присоединиться к инициативе «Зеленая цифровая кампания» на КС-28`,
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
      fr: "États Membres de l'UIT ; missions permanentes à Genève ; Membres des Secteurs de l'UIT ; Associés et établissements universitaires participant aux travaux de l'UIT ; institutions des Nations Unies",
      es: "Estados Miembros de la UIT; Misiones Permanentes en Ginebra; Miembros de Sector de la UIT; Asociados e Instituciones Académicas de la UIT; organismos de las Naciones Unidas",
      zh: "国际电联成员国；常驻日内瓦代表团；国际电联部门成员；国际电联部门准成员和学术成员；联合国各机构",
      ar: "الدول الأعضاء في الاتحاد؛ البعثات الدائمة في جنيف؛ أعضاء قطاعات الاتحاد؛ المنتسبون والهيئات الأكاديمية المنضمة إلى الاتحاد؛ وكالات الأمم المتحدة",
    },
    contactName: "Catalin Marinescu",
    contactEmail: "green@itu.int",
    contactPhone: "+41 22 730 5316",
    contactFax: "+41 22 733 7256",
    subject: {
      ru: `Приглашение принять участие в круглом столе высокого уровня по случаю Дня цифровизации на КС-29 и одобрить Декларацию КС-29 об инициативе «Зеленая цифровая кампания»`,
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
