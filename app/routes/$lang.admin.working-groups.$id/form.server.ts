import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { appointCoLead, canManageGroup, decideMembership, groupDesk, removeMember, type Actor } from "~/models/working-group-desk.server";
import { correctUpdate, deleteMilestone, postUpdate, saveMilestone, setMilestoneStatus, withdrawUpdate } from "~/models/working-group-reporting.server";
import { effectiveStatus, todayUtc } from "~/models/working-group-progress";
import { milestoneStatuses } from "~/models/working-group-types";
import { countryName } from "~/utils/country-options";
import { formatCalendarDate, formatDate } from "~/utils/format";
import { calendarDay, cleanText, nameText, optionalWebUrl, parseSubmission, requiredText, type FormFailure } from "~/utils/forms.server";
import { languages, type Lang } from "~/utils/i18n";
import { forbidden, notFound } from "~/utils/http.server";
import { organisationNameIn } from "~/utils/organisers.server";

const id = () => z.coerce.number().int().positive();

/** Every change a co-lead (or the secretariat) makes on a group's desk, by intent. */
const DeskAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("decide"), membershipId: id(), decision: z.enum(["accepted", "declined"]) }),
  z.object({
    intent: z.literal("milestone"),
    milestoneId: z.union([z.literal(""), id()]).transform((v) => (v === "" ? null : v)),
    title: nameText(200),
    lang: z.enum(languages),
    dueOn: calendarDay(),
    status: z.enum(milestoneStatuses),
    weight: z.union([z.literal(""), z.coerce.number().int("errors.number").min(1).max(100)]).transform((v) => (v === "" ? null : v)),
    evidenceUrl: optionalWebUrl(500),
  }),
  z.object({ intent: z.literal("milestone-status"), milestoneId: id(), status: z.enum(milestoneStatuses) }),
  z.object({ intent: z.literal("delete-milestone"), milestoneId: id() }),
  z.object({ intent: z.literal("update"), title: nameText(200), body: requiredText(5000), lang: z.enum(languages) }),
  z.object({ intent: z.literal("correct-update"), updateId: id(), title: nameText(200), body: requiredText(5000), lang: z.enum(languages) }),
  z.object({ intent: z.literal("withdraw-update"), updateId: id() }),
  // The secretariat only:
  z.object({ intent: z.literal("appoint"), organisationId: id() }),
  z.object({ intent: z.literal("remove"), membershipId: id() }),
]);

export type DeskOutcome =
  | { ok: true; notice: "decided" | "milestoneSaved" | "milestoneDeleted" | "updatePosted" | "updateCorrected" | "updateWithdrawn" | "appointed" | "removed" }
  | { ok: false; status: number; failure: FormFailure & { intent?: string; milestoneId?: string; updateId?: string } };

/**
 * Reads and applies one desk form. Access is checked here, on the server, for every intent: a
 * partner must co-lead this very group, and appointing or removing is for the secretariat.
 */
export async function applyDeskAction(args: {
  request: Request;
  context: AppLoadContext;
  lang: Lang;
  groupId: number;
  actor: Actor;
  form?: FormData | null;
}): Promise<DeskOutcome> {
  const { groupId, actor } = args;
  if (!canManageGroup(groupId, actor)) throw forbidden();
  const s = await parseSubmission({ ...args, schema: DeskAction, guard: { kind: "signed-in" } });
  if (!s.ok)
    return {
      ok: false,
      status: s.status,
      failure: { ...s.failure, intent: s.failure.values?.intent, milestoneId: s.failure.values?.milestoneId, updateId: s.failure.values?.updateId },
    };
  const d = s.data;
  const conflict = () => {
    throw notFound();
  };
  switch (d.intent) {
    case "decide":
      if (!decideMembership(groupId, d.membershipId, d.decision, actor)) conflict();
      return { ok: true, notice: "decided" };
    case "milestone": {
      const { intent: _i, milestoneId, ...input } = d;
      if (!saveMilestone(groupId, milestoneId, input, actor)) conflict();
      return { ok: true, notice: "milestoneSaved" };
    }
    case "milestone-status":
      if (!setMilestoneStatus(groupId, d.milestoneId, d.status, actor)) conflict();
      return { ok: true, notice: "milestoneSaved" };
    case "delete-milestone":
      if (!deleteMilestone(groupId, d.milestoneId, actor)) conflict();
      return { ok: true, notice: "milestoneDeleted" };
    case "update":
      if (postUpdate(groupId, { title: d.title, body: d.body, lang: d.lang }, actor) === null) conflict();
      return { ok: true, notice: "updatePosted" };
    case "correct-update": {
      const { intent: _i, updateId, ...input } = d;
      if (!correctUpdate(groupId, updateId, input, actor)) conflict();
      return { ok: true, notice: "updateCorrected" };
    }
    case "withdraw-update":
      if (!withdrawUpdate(groupId, d.updateId, actor)) conflict();
      return { ok: true, notice: "updateWithdrawn" };
    case "appoint":
    case "remove": {
      if (actor.kind !== "staff") throw forbidden();
      const done =
        d.intent === "appoint" ? appointCoLead(groupId, d.organisationId, actor.staffUserId) : removeMember(groupId, d.membershipId, actor.staffUserId);
      if (!done) conflict();
      return { ok: true, notice: d.intent === "appoint" ? "appointed" : "removed" };
    }
  }
}

/** The partner's own request to join, with an optional note to the co-leads. */
export const JoinGroupSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("join"), message: cleanText(1000).transform((v) => v || null) }),
    z.object({ intent: z.literal("notify"), notify: z.enum(["on", "off"]) }),
    z.object({ intent: z.literal("leave") }),
  ]);

/** What the desk component shows, with dates and numbers already in the page's language. */
export function deskView(groupId: number, lang: Lang, now = Date.now()) {
  const desk = groupDesk(groupId);
  const today = todayUtc(now);
  return {
    requests: desk.requests.map(({ membership: m, organisation: o }) => ({
      membershipId: m.id,
      organisation: organisationNameIn(lang, o.name),
      country: countryName(lang, o.country),
      message: m.message,
      at: formatDate(lang, m.requestedAt),
    })),
    members: desk.members.map(({ membership: m, organisation: o }) => ({
      membershipId: m.id,
      organisation: organisationNameIn(lang, o.name),
      country: countryName(lang, o.country),
      role: m.role,
    })),
    milestones: desk.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      lang: m.lang,
      dueOn: m.dueOn,
      due: formatCalendarDate(lang, m.dueOn),
      status: m.status,
      effective: effectiveStatus(m, today),
      weight: m.weight === null ? "" : String(m.weight),
      evidenceUrl: m.evidenceUrl ?? "",
    })),
    updates: desk.updates.map(({ update: u }) => ({ id: u.id, title: u.title, body: u.body, lang: u.lang, at: formatDate(lang, u.publishedAt) })),
  };
}
export type DeskView = ReturnType<typeof deskView>;
