import { isolateValues, stripIsolates } from "../app/utils/bidi";
import { getT } from "../app/utils/i18n.server";
import type { Lang } from "../app/utils/i18n";
import { layout, type Rendered } from "./layout";
import * as certificates from "./certificates";
import * as disclosure from "./disclosure";
import * as endorsement from "./endorsement";
import { focalPointDelegateAwaits, focalPointDesignated, focalPointEndorsementAwaits, focalPointSignIn } from "./focal-point";
import * as partner from "./partner";
import * as pledge from "./pledge";
import * as registration from "./registration";
import { staffInvite, staffPasswordReset } from "./staff-accounts";
import { staffTest } from "./staff-test";
import * as workingGroup from "./working-group";

/** Every email the portal sends, by name. Each is written in the recipient's language. */
const templates = {
  "staff-test": staffTest,
  "staff-invite": staffInvite,
  "staff-password-reset": staffPasswordReset,
  "registration-verify": registration.registrationVerify,
  "registration-confirmed": registration.registrationConfirmed,
  "registration-waiting": registration.registrationWaiting,
  "registration-pending": registration.registrationPending,
  "registration-pending-focal-point": registration.registrationPendingFocalPoint,
  "registration-promoted": registration.registrationPromoted,
  "registration-rejected": registration.registrationRejected,
  "registration-declined-by-focal-point": registration.registrationDeclinedByFocalPoint,
  "registration-cancelled": registration.registrationCancelled,
  "registration-link": registration.registrationLink,
  "registration-reminder": registration.registrationReminder,
  "registration-starting": registration.registrationStarting,
  "event-changed": registration.eventChanged,
  "event-cancelled": registration.eventCancelled,
  "event-message": registration.eventMessage,
  "participation-invitation": registration.participationInvitation,
  "endorsement-verify": endorsement.endorsementVerify,
  "endorsement-received": endorsement.endorsementReceived,
  "endorsement-received-focal-point": endorsement.endorsementReceivedFocalPoint,
  "endorsement-approved": endorsement.endorsementApproved,
  "endorsement-rejected": endorsement.endorsementRejected,
  "endorsement-withdrawn-by-focal-point": endorsement.endorsementWithdrawnByFocalPoint,
  "endorsement-refused-by-focal-point": endorsement.endorsementRefusedByFocalPoint,
  "partner-request-confirm": partner.partnerRequestConfirm,
  "partner-accepted": partner.partnerAccepted,
  "partner-declined": partner.partnerDeclined,
  "partner-sign-in": partner.partnerSignIn,
  "focal-point-sign-in": focalPointSignIn,
  "focal-point-designated": focalPointDesignated,
  "focal-point-endorsement-awaits": focalPointEndorsementAwaits,
  "focal-point-delegate-awaits": focalPointDelegateAwaits,
  "pledge-received": pledge.pledgeReceived,
  "pledge-published": pledge.pledgePublished,
  "pledge-changes-requested": pledge.pledgeChangesRequested,
  "pledge-rejected": pledge.pledgeRejected,
  "pledge-withdrawn": pledge.pledgeWithdrawn,
  "pledge-report-due": pledge.pledgeReportDue,
  "wg-join-requested": workingGroup.wgJoinRequested,
  "wg-join-accepted": workingGroup.wgJoinAccepted,
  "wg-join-declined": workingGroup.wgJoinDeclined,
  "wg-update": workingGroup.wgUpdate,
  "disclosure-received": disclosure.disclosureReceived,
  "disclosure-published": disclosure.disclosurePublished,
  "disclosure-changes-requested": disclosure.disclosureChangesRequested,
  "disclosure-rejected": disclosure.disclosureRejected,
  "disclosure-due": disclosure.disclosureDue,
  "certificate-issued": certificates.certificateIssued,
  "visa-letter-approved": certificates.visaLetterApproved,
  "visa-letter-refused": certificates.visaLetterRefused,
};

export type EmailName = keyof typeof templates;
export type EmailProps<N extends EmailName> = Parameters<(typeof templates)[N]>[1];

export function renderEmail<N extends EmailName>(name: N, lang: Lang, props: EmailProps<N>): Rendered {
  const t = getT(lang, "email");
  // Every value set into a sentence (an organisation, a title, a name) is isolated, so that a
  // left-to-right name keeps its place, and the sentence its full stop, in an Arabic email.
  const isolating = ((key: string, values?: Record<string, unknown>) => t(key, isolateValues(values))) as unknown as typeof t;
  const template = templates[name] as unknown as (t: ReturnType<typeof getT>, p: EmailProps<N>) => ReturnType<typeof staffTest>;
  const content = template(isolating, props);
  return layout(lang, t, { ...content, subject: stripIsolates(content.subject) });
}
