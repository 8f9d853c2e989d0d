/**
 * The fields of one registration as the event page's form posts them (bench/load.ts over HTTP,
 * bench/in-process.js in one process), the nth of this process.
 * @param {{ csrf: string; participationType?: string }} form @param {number} n
 */
export function registrationForm(form, n) {
  const body = new URLSearchParams({
    _csrf: form.csrf,
    fax_number: "",
    email: `bench-${process.pid}-${n}@example.org`,
    firstName: "Bench",
    lastName: `Registrant ${n}`,
    organisation: "Ministry of ICT",
    organisationType: "member-state",
    country: "KE",
    jobTitle: "Adviser",
    gender: "",
    accessibilityNeeds: "",
    consent: "on",
  });
  if (form.participationType) body.set("participationType", form.participationType);
  return body;
}
