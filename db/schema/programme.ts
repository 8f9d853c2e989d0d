import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant, translated } from "./columns";
import { events } from "./content";

/**
 * An event's programme: sessions in order, the people who speak at them, and the materials (links
 * and files) of the event or of one session. See docs/decisions/014-programme-and-check-in.md.
 */
export const eventSessions = sqliteTable(
  "event_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    title: translated("title").notNull(),
    /**
     * The free text speakers were once typed in. The programme migration copied it into
     * event_speakers and emptied it; nothing writes it any more.
     */
    speakers: text("speakers").notNull().default(""),
    /** Room, or online channel, per language; empty when the event has one place. */
    room: translated("room")
      .notNull()
      .default(sql`'{}'`),
    /** Languages interpreted into: codes of the six UN languages and "ils" (International Sign, ISO 639-3). */
    interpretation: text("interpretation", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
  },
  (t) => [index("event_sessions_event_idx").on(t.eventId, t.position)],
);

/** A person who speaks at an event: as the programme names them, no photograph. */
export const eventSpeakers = sqliteTable(
  "event_speakers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Their title or function, e.g. "Director, Telecommunication Standardization Bureau". */
    title: text("title").notNull().default(""),
    organisation: text("organisation").notNull().default(""),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("event_speakers_event_idx").on(t.eventId, t.name)],
);

export const sessionSpeakers = sqliteTable(
  "session_speakers",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => eventSessions.id, { onDelete: "cascade" }),
    speakerId: integer("speaker_id")
      .notNull()
      .references(() => eventSpeakers.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("session_speakers_pk").on(t.sessionId, t.speakerId), index("session_speakers_speaker_idx").on(t.speakerId)],
);

/**
 * A material: a link, or a file staff uploaded (PDF or slides, checked by content). Files live
 * under MATERIALS_DIR by a random name; `fileName` is the name it is offered under.
 */
export const eventMaterials = sqliteTable(
  "event_materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Null: a material of the whole event. */
    sessionId: integer("session_id").references(() => eventSessions.id, { onDelete: "cascade" }),
    title: translated("title").notNull(),
    url: text("url"),
    file: text("file"),
    fileName: text("file_name"),
    contentType: text("content_type"),
    size: integer("size"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("event_materials_event_idx").on(t.eventId, t.sessionId)],
);
