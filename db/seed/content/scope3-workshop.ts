// The Scope 3 workshop's page in the languages TSB Circular 114 was not issued in: the portal's
// translations of the same text (events.ts holds the Russian of the letter and its English), so that
// a reader in Arabic, Chinese, French or Spanish does not meet it in English.

const page = "https://www.itu.int/en/ITU-T/Workshops-and-Seminars/2023/0711/Pages/default.aspx";

export const scope3DescriptionTranslations = {
  fr: `Le secteur des télécommunications relie les personnes et favorise la transformation numérique, mais il contribue aussi aux émissions de gaz à effet de serre – non seulement par ses propres activités, mais aussi par sa chaîne d'approvisionnement et l'utilisation de ses produits. Les émissions du périmètre 3 (scope 3), c'est-à-dire les émissions indirectes de la chaîne de valeur, prennent une importance croissante et, à l'approche de la COP28, le secteur doit agir dès maintenant pour les réduire.

## À propos de l'atelier

L'UIT, la GSMA et la Global Enabling Sustainability Initiative (GeSI) organisent cet atelier pour présenter aux opérateurs de télécommunication de nouvelles orientations relatives au périmètre 3. Des experts examineront les difficultés que rencontrent les entreprises de télécommunication et les possibilités qui s'offrent à elles pour calculer et réduire leurs émissions du périmètre 3, et la manifestation donnera une vue d'ensemble du guide publié récemment. Ce guide harmonise la manière dont les opérateurs répartissent, calculent et déclarent leurs émissions de gaz à effet de serre du périmètre 3, afin d'en améliorer l'exactitude, la couverture et la transparence\u00a0; il complète les normes existantes sans les remplacer.

## Public visé

- hauts responsables de l'élaboration des politiques
- spécialistes du secteur privé
- représentants des institutions des Nations Unies, des milieux universitaires, de la société civile, des organisations régionales et des ONG
- autres parties prenantes concernées

## Participation

La participation est gratuite et ouverte à tous. La préinscription en ligne est obligatoire. Le projet de programme et toutes les autres informations sont publiés sur la page web de la manifestation, ${page}, qui est mise à jour au fur et à mesure que de nouvelles informations sont disponibles.`,
  es: `El sector de las telecomunicaciones conecta a las personas e impulsa la transformación digital, pero también contribuye a las emisiones de gases de efecto invernadero, no solo por sus propias operaciones, sino también por su cadena de suministro y el uso de sus productos. Las emisiones de alcance 3, es decir, las emisiones indirectas de la cadena de valor, son cada vez más importantes y, ante la proximidad de la COP28, el sector debe actuar ya para reducirlas.

## Acerca del taller

La UIT, la GSMA y la Global Enabling Sustainability Initiative (GeSI) organizan este taller para presentar a los operadores de telecomunicaciones nuevas orientaciones sobre el alcance 3. Los expertos debatirán los retos y las oportunidades que afrontan las empresas de telecomunicaciones para calcular y reducir sus emisiones de alcance 3, y el evento ofrecerá una visión general de la guía publicada recientemente. La guía armoniza la manera en que los operadores asignan, calculan y notifican sus emisiones de gases de efecto invernadero de alcance 3, con el fin de mejorar su exactitud, cobertura y transparencia; complementa las normas existentes, sin sustituirlas.

## A quién se dirige

- altos responsables de la formulación de políticas
- especialistas del sector privado
- representantes de organismos de las Naciones Unidas, instituciones académicas, la sociedad civil, organizaciones regionales y ONG
- otras partes interesadas pertinentes

## Participación

La participación es gratuita y está abierta a todos. La inscripción previa en línea es obligatoria. El proyecto de programa y toda la información adicional se publican en la página web del evento, ${page}, que se actualiza a medida que se dispone de nueva información.`,
  // The address stands apart from the Chinese around it, or the link would swallow the next characters.
  zh: `电信行业连接人们、推动数字化转型，但也造成温室气体排放——不仅来自其自身运营，还来自其供应链及产品的使用。范围3排放，即价值链的间接排放，日益重要；随着COP28临近，该行业必须立即采取行动减少这些排放。

## 关于本讲习班

国际电联、GSMA和GeSI（Global Enabling Sustainability Initiative）举办本讲习班，向电信运营商介绍新的范围3指南。专家将讨论电信企业在计算和减少范围3排放方面面临的挑战和机遇，本次活动还将对最近发布的指南作高层次概述。该指南统一了运营商分配、计算和报告范围3温室气体排放的方法，以提高准确性、扩大覆盖面并增强透明度；该指南是对现有标准的补充，而非替代。

## 参加对象

- 高级决策者
- 私营部门专家
- 联合国机构、学术界、民间社会、区域组织和非政府组织的代表
- 其他相关利益攸关方

## 参会

参会免费，向所有人开放。必须在线预先注册。议程草案及所有其他信息均发布在活动网页 ${page} 上，该网页将随新信息的发布而更新。`,
  ar: `تربط صناعة الاتصالات بين الناس وتدفع التحول الرقمي، ولكنها تسهم أيضاً في انبعاثات غازات الاحتباس الحراري، لا من عملياتها الخاصة فحسب، بل أيضاً من سلسلة إمدادها واستخدام منتجاتها. وتكتسي انبعاثات النطاق 3، أي الانبعاثات غير المباشرة لسلسلة القيمة، أهمية متزايدة، ومع اقتراب مؤتمر الأطراف COP28، يتعين على الصناعة أن تتخذ الآن إجراءات للحد منها.

## عن ورشة العمل

ينظم الاتحاد الدولي للاتصالات ورابطة GSMA ومبادرة GeSI ورشة العمل هذه لتقديم إرشادات جديدة بشأن النطاق 3 إلى مشغلي الاتصالات. وسيناقش الخبراء التحديات والفرص المتاحة لشركات الاتصالات في حساب انبعاثاتها في النطاق 3 والحد منها، وستقدم الفعالية لمحة عامة رفيعة المستوى عن الدليل الصادر مؤخراً. ويوحّد الدليل الطريقة التي يوزع بها المشغلون انبعاثاتهم من غازات الاحتباس الحراري في النطاق 3 ويحسبونها ويبلغون عنها، بهدف تحسين الدقة وتوسيع النطاق وزيادة الشفافية؛ وهو يكمّل المعايير القائمة ولا يحل محلها.

## الفئات المستهدفة

- كبار واضعي السياسات
- المتخصصون من القطاع الخاص
- ممثلو وكالات الأمم المتحدة والأوساط الأكاديمية والمجتمع المدني والمنظمات الإقليمية والمنظمات غير الحكومية
- أصحاب المصلحة المعنيون الآخرون

## المشاركة

المشاركة مجانية ومفتوحة للجميع. والتسجيل المسبق عبر الإنترنت إلزامي. ويُنشر مشروع البرنامج وجميع المعلومات الإضافية في الصفحة الإلكترونية للفعالية، التي تُحدَّث كلما توفرت معلومات جديدة: ${page}`,
};
