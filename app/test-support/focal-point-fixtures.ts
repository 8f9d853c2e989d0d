import { endorsements } from "../../db/schema";
import { write } from "~/utils/db.server";
import { insertDeclaration, insertEvent, registrant } from "./fixtures";

/** What the model tests of focal points share: a focal point's details, a declaration, a government's endorsement, a delegates' event. */
export const focalPointDetails = (country: string, email: string) => ({
  name: "Focal",
  title: "Director",
  office: `Ministry of ${country}`,
  email,
  lang: "fr" as const,
});

export const cop30Declaration = (now = Date.now()) => insertDeclaration({ cop: "COP30", copPlace: { en: "Belém" } }, now);

/** A government's endorsement whose address is proven, waiting for review. */
export function pendingGovernmentEndorsement(declarationId: number, country: string, now = Date.now()) {
  return write((tx) =>
    tx
      .insert(endorsements)
      .values({
        declarationId,
        category: "government",
        organisation: "Ministry",
        organisationKey: "ministry",
        country,
        representativeName: "R",
        representativeTitle: "T",
        email: `e${Math.random()}@gov.example`,
        lang: "en",
        status: "pending",
        manageTokenHash: `m${Math.random()}`,
        createdAt: now,
      })
      .returning()
      .get(),
  );
}

/** An event whose government delegates need their focal point's approval. */
export const delegateEvent = ({ requiresApproval }: { requiresApproval: boolean }, now = Date.now()) =>
  insertEvent({ capacity: 10, requiresApproval, delegatesNeedFocalPoint: true }, now);

export const delegateDetails = (country: string) => registrant({ firstName: "Ana", lastName: "D", organisation: "Ministry", country, jobTitle: "Director" });
