import { z } from "zod";
import { countsByType, listRegistrants, mayMarkAttendance, registrantCounts, registrantStats } from "~/models/registrant-desk.server";
import { registrationStatuses } from "~/models/registration-types";
import { countryName } from "~/utils/country-options";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pickTranslation, type Lang, type Translated } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { fullName } from "~/utils/person-name";

export const DeskQuery = () =>
  z.object({
    q: z.string().max(100).catch(""),
    status: z.enum(registrationStatuses).optional().catch(undefined),
    type: z.coerce.number().int().positive().optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  });
export type DeskQuery = z.infer<ReturnType<typeof DeskQuery>>;

type Event = { id: number; title: Translated; capacity: number | null; status: "draft" | "published" | "cancelled"; startsAt: number; endsAt: number };

/** The desk's counts and statistics, labelled and formatted in the page's language. */
export function deskSummary(lang: Lang, eventId: number) {
  const stats = registrantStats(eventId);
  const ta = getT(lang, "admin");
  const t = getT(lang);
  const named = (rows: [string, number][], name: (k: string) => string) => rows.map(([k, n]) => ({ key: k, label: name(k), n: formatNumber(lang, n) }));
  return {
    counts: (Object.entries(registrantCounts(eventId)) as [keyof ReturnType<typeof registrantCounts>, number][]).map(([k, n]) => ({
      key: k,
      n: formatNumber(lang, n),
    })),
    stats: {
      byCountry: named(stats.byCountry, (c) => countryName(lang, c)),
      byRegion: named(stats.byRegion, (r) => t(`region.${r}`)),
      byType: named(stats.byType, (o) => t(`organisationType.${o}`)),
      byGender: named(stats.byGender, (g) => (g === "unanswered" ? ta("desk.unanswered") : t(`gender.${g}`))),
    },
  };
}

/** One page of registrants, with the participation types' tallies they are filtered by. */
export function deskList(lang: Lang, event: Event, query: DeskQuery) {
  const list = listRegistrants(event.id, { ...query, typeId: query.type });
  const ta = getT(lang, "admin");
  const t = getT(lang);
  // One status a row: a delegate with their focal point waits for them, not for the secretariat as "pending" says.
  const statusText = (r: (typeof list.items)[number]) =>
    [
      r.awaitsFocalPoint ? ta("desk.awaitsFocalPoint") : t(`registrationStatus.${r.status}`),
      r.status === "waiting" && !r.addressProven ? ta("desk.unproven") : null,
      // Stored only where the event asks: the desk decides for a delegate whose country has no focal point.
      r.governmentDelegate && !r.awaitsFocalPoint ? ta("desk.delegate") : null,
      r.attendedAt !== null ? ta("desk.attended") : null,
    ]
      .filter(Boolean)
      .join(" · ");
  // A cancelled event seats nobody, and presence is marked only once its door opens (registrant-desk.server):
  // the desk offers what the model allows, decided once for the page.
  const maySeat = event.status !== "cancelled";
  const attendance = mayMarkAttendance(event);
  const types = countsByType(event.id);
  const typeName = new Map(types.map((ty) => [ty.id, pickTranslation(ty.name, lang).text]));
  return {
    // The seats of all its types, as the confirmed count beside it counts all of them; none when one has no limit.
    seats: types.length === 0 ? event.capacity : types.every((ty) => ty.capacity !== null) ? types.reduce((n, ty) => n + ty.capacity!, 0) : null,
    types: types.map((ty) => ({
      id: ty.id,
      name: typeName.get(ty.id)!,
      mode: ty.mode,
      capacity: ty.capacity === null ? null : formatNumber(lang, ty.capacity),
      confirmed: formatNumber(lang, ty.confirmed),
      held: formatNumber(lang, ty.held),
      waiting: formatNumber(lang, ty.waiting),
      pending: formatNumber(lang, ty.pending),
    })),
    pages: list.pages,
    registrants: list.items.map((r) => ({
      id: r.id,
      // Anonymised (erasure, retention): a row for the counts, named as such rather than left blank.
      name: r.email === "" ? ta("desk.erased") : fullName(r.firstName, r.lastName),
      email: r.email,
      // The desk prepares the room: needs are shown here, not only in the CSV.
      accessibilityNeeds: r.accessibilityNeeds,
      organisation: r.organisation,
      country: countryName(lang, r.country),
      status: r.status,
      statusText: statusText(r),
      type: r.participationTypeId === null ? "" : (typeName.get(r.participationTypeId) ?? ""),
      typeCapacity: types.find((ty) => ty.id === r.participationTypeId)?.capacity ?? event.capacity,
      proven: r.addressProven,
      // A cancelled event seats nobody (registrant-desk.server): the desk offers no approval, promotion or reinstatement.
      maySeat,
      mayMarkAttendance: attendance,
      awaitsFocalPoint: r.awaitsFocalPoint,
      reinstatable: maySeat && r.status === "rejected" && r.addressProven && !r.declinedByFocalPoint,
      attended: r.attendedAt !== null,
      registered: formatDateTime(lang, r.createdAt),
    })),
  };
}
export type DeskRegistrant = ReturnType<typeof deskList>["registrants"][number];
