import type { Lang } from "../../app/utils/i18n";

/**
 * Seeded texts corrected after a source-fidelity review: facts the source documents attribute to
 * someone else, and facts they do not give at all (a correction to nothing empties the field,
 * which the page then leaves out). Applied by corrections.ts with the other wording corrections.
 */
export const sourceCorrections: { lang: Lang; from: string; to: string }[] = [
  // Pillar 1: the Council report (2024) says the convening organizations committed to publish all scopes every year.
  { lang: "en", from: "Participating organizations commit to publish", to: "The convening organizations of Green Digital Action have committed to publish" },
  { lang: "fr", from: "Les organisations participantes s'engagent à publier", to: "Les organisations à l'origine de l'initiative se sont engagées à publier" },
  {
    lang: "es",
    from: "Las organizaciones participantes se comprometen a publicar",
    to: "Las organizaciones convocantes de la iniciativa se han comprometido a publicar",
  },
  { lang: "ru", from: "Участвующие организации обязуются ежегодно публиковать", to: "Организации — инициаторы кампании обязались ежегодно публиковать" },
  { lang: "zh", from: "参与的组织承诺每年公开", to: "召集组织承诺每年公开" },
  { lang: "ar", from: "وتلتزم المنظمات المشاركة بأن تنشر", to: "والتزمت المنظمات الداعية إلى المبادرة بأن تنشر" },
  // The COP28 and COP29 events' access rule, which no letter gives (the fee field, left empty now).
  { lang: "en", from: "Access to the COP28 venue is subject to the conference's accreditation and registration rules", to: "" },
  { lang: "ar", from: "يخضع الدخول إلى مقر المؤتمر COP28 لقواعد الاعتماد والتسجيل الخاصة بالمؤتمر", to: "" },
  { lang: "fr", from: "L'accès au site de la COP28 est soumis aux règles d'accréditation et d'inscription de la conférence", to: "" },
  { lang: "es", from: "El acceso a la sede de la COP28 está sujeto a las normas de acreditación e inscripción de la conferencia", to: "" },
  { lang: "ru", from: "Доступ на площадку КС-28 осуществляется в соответствии с правилами аккредитации и регистрации конференции", to: "" },
  { lang: "zh", from: "进入COP28会场须遵守大会的注册和资格认证规定", to: "" },
  { lang: "en", from: "Access to the COP29 venue is subject to the conference's accreditation and registration rules", to: "" },
  { lang: "ru", from: "Доступ на площадку КС-29 осуществляется в соответствии с правилами аккредитации и регистрации конференции", to: "" },
  { lang: "fr", from: "L'accès au site de la COP29 est soumis aux règles d'accréditation et d'inscription de la conférence", to: "" },
  { lang: "es", from: "El acceso a la sede de la COP29 está sujeto a las normas de acreditación e inscripción de la conferencia", to: "" },
  { lang: "zh", from: "进入COP29会场须遵守大会的注册和资格认证规定", to: "" },
  { lang: "ar", from: "يخضع الدخول إلى مقر المؤتمر COP29 لقواعد الاعتماد والتسجيل الخاصة بالمؤتمر", to: "" },
];
