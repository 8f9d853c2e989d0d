/** A visa support letter request waits for the secretariat, then is approved (the letter is emailed) or refused. */
export const visaLetterStatuses = ["requested", "approved", "refused"] as const;
export type VisaLetterStatus = (typeof visaLetterStatuses)[number];
/** The letter is written in English or French: the languages consulates of the host country read. */
export const visaLetterLangs = ["en", "fr"] as const;
export type VisaLetterLang = (typeof visaLetterLangs)[number];

/** What a request gives of the person's passport, and what the letter repeats of it. */
export type PassportFields = {
  fullName: string;
  nationality: string;
  dateOfBirth: string;
  passportNumber: string;
  passportIssuedOn: string;
  passportExpiresOn: string;
  placeOfApplication: string;
};
