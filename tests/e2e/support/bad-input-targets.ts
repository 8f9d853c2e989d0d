/** The public forms the bad-input sweep sends its input to, with a valid submission of each. */
export type Fields = Record<string, string>;
export type Target = {
  name: string;
  lang: string;
  path: string;
  base: (marker: string) => Fields;
  text: string[];
  choices: string[];
  multipart?: boolean;
  /** Where a refused request must have left nothing: SQL with one ? for the marker. */
  leftovers: string[];
};

export const TARGETS: Target[] = [
  {
    name: "event registration",
    lang: "fr",
    path: "/fr/events/example-webinar-green-standards",
    base: (m) => ({
      fax_number: "",
      email: `${m}@example.org`,
      firstName: "Amina",
      lastName: "Diallo",
      organisation: "Ministère",
      organisationType: "member-state",
      country: "SN",
      jobTitle: "Ingénieure",
      gender: "",
      accessibilityNeeds: "",
      consent: "on",
    }),
    text: ["firstName", "lastName", "organisation", "jobTitle", "accessibilityNeeds", "email"],
    choices: ["organisationType", "country", "gender"],
    leftovers: ["select count(*) n from registrations where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "endorsement",
    lang: "es",
    path: "/es/declarations/cop29-declaration",
    multipart: true,
    base: (m) => ({
      fax_number: "",
      category: "academia",
      organisation: "Universidad Verde",
      country: "CL",
      representativeName: "Ana Pérez",
      representativeTitle: "Rectora",
      email: `${m}@example.org`,
      statement: "",
      consent: "on",
    }),
    text: ["organisation", "representativeName", "representativeTitle", "email", "statement"],
    choices: ["category", "country"],
    leftovers: ["select count(*) n from endorsements where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "partner request",
    lang: "ar",
    path: "/ar/partners/join",
    base: (m) => ({
      fax_number: "",
      organisation: "شركة الاتصالات الخضراء",
      type: "private-sector",
      country: "JO",
      website: "",
      motivation: "",
      name: "ليلى",
      email: `${m}@example.org`,
      consent: "on",
    }),
    text: ["organisation", "website", "motivation", "name", "email"],
    choices: ["type", "country"],
    leftovers: ["select count(*) n from partner_users where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "partner sign-in",
    lang: "ru",
    path: "/ru/partners/sign-in",
    base: (m) => ({ fax_number: "", email: `${m}@example.org` }),
    text: ["email"],
    choices: [],
    leftovers: ["select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "secretariat forgotten password",
    lang: "zh",
    path: "/zh/admin/password-reset",
    base: (m) => ({ fax_number: "", email: `${m}@example.org` }),
    text: ["email"],
    choices: [],
    leftovers: ["select count(*) n from outbox where to_address like ?", "select count(*) n from staff_users where email like ?"],
  },
];
