import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { endorserCategories } from "../../app/models/endorsement-types";
import { instant } from "./columns";
import { declarations } from "./content";
import { staffUsers } from "./staff";

export const endorsements = sqliteTable(
  "endorsements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    declarationId: integer("declaration_id")
      .notNull()
      .references(() => declarations.id),
    category: text("category", { enum: endorserCategories }).notNull(),
    organisation: text("organisation").notNull(),
    /** Lower-cased, accents and punctuation folded: how likely duplicates are found. */
    organisationKey: text("organisation_key").notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    /** Public name as the secretariat edits it; the organisation's own name until then. */
    displayName: text("display_name"),
    statement: text("statement"),
    representativeName: text("representative_name").notNull(),
    representativeTitle: text("representative_title").notNull(),
    email: text("email").notNull(),
    lang: text("lang").notNull(),
    /** Stored outside public/, under a name the server made; served to staff only. */
    letterFile: text("letter_file"),
    letterName: text("letter_name"),
    letterSize: integer("letter_size"),
    status: text("status", { enum: ["unverified", "pending", "approved", "rejected", "withdrawn"] })
      .notNull()
      .default("unverified"),
    /** sha256 of the single-use verification token; cleared once used. */
    verifyTokenHash: text("verify_token_hash"),
    verifyExpiresAt: instant("verify_expires_at"),
    verifiedAt: instant("verified_at"),
    /** sha256 of the withdraw link's token (derived from the portal's secret, never stored). */
    manageTokenHash: text("manage_token").notNull(),
    rejectionReason: text("rejection_reason"),
    reviewedBy: integer("reviewed_by").references(() => staffUsers.id, { onDelete: "set null" }),
    reviewedAt: instant("reviewed_at"),
    createdAt: instant("created_at").notNull(),
    approvedAt: instant("approved_at"),
    withdrawnAt: instant("withdrawn_at"),
  },
  (t) => [
    index("endorsements_declaration_status_idx").on(t.declarationId, t.status),
    uniqueIndex("endorsements_verify_uq").on(t.verifyTokenHash),
    uniqueIndex("endorsements_manage_uq").on(t.manageTokenHash),
    index("endorsements_duplicate_idx").on(t.declarationId, t.category, t.country, t.organisationKey),
    // The public list: a page in order, counts per category and the countries, without a sort or a scan.
    index("endorsements_public_list_idx").on(t.declarationId, t.status, t.category, t.approvedAt, t.id),
    index("endorsements_public_country_idx").on(t.declarationId, t.status, t.country),
  ],
);
