/**
 * What the store hands back: core's types with the ids and bookkeeping fields the store
 * adds. Field names stay snake_case, as in core, because they are the storage contract.
 */
import type {
  DocumentKind,
  NoticeState,
  ReportingFrequency,
  ReportState,
  Framework,
  Indicator,
  Item,
  Observation,
  OutlineEntry,
  ReviewState,
  Actor,
} from '@lantu/core';
import type { JsonValue } from './json-column.js';

/** A stored document without its text (lists stay small). */
export interface DocumentSummary {
  readonly id: string;
  readonly file_name: string;
  readonly title: string;
  readonly jurisdiction_code: string | null;
  readonly issuer: string | null;
  readonly kind: DocumentKind;
  readonly date: string | null;
  readonly horizon: number | null;
  readonly content_hash: string;
  readonly chars: number;
  readonly created_at: string;
  /** 1 when stored, one more on each metadata change; writes name it (If-Match). */
  readonly version: number;
}

/** A stored document with the text every offset points into. */
export interface StoredDocument extends DocumentSummary {
  readonly text: string;
}

/** Who set an item's indicator link: the automatic linker or a person. */
export type LinkMethod = 'auto' | 'manual';

/** An item as stored: the reading's item plus review and link state. */
export interface StoredItem extends Item {
  readonly id: string;
  readonly document_id: string;
  /** The item's position in its document's reading. */
  readonly idx: number;
  readonly review_state: ReviewState;
  readonly indicator_code: string | null;
  readonly link_confidence: number | null;
  readonly link_method: LinkMethod | null;
  /** Whose figure this is: the document's jurisdiction unless a link said otherwise. */
  readonly jurisdiction_code: string | null;
  readonly updated_at: string;
  /** 1 when read, one more on each change; writes name it to refuse stale edits. */
  readonly version: number;
}

/** A whole stored reading, in the order it was ingested. */
export interface StoredReading {
  readonly document: DocumentSummary;
  readonly outline: readonly OutlineEntry[];
  readonly frameworks: readonly Framework[];
  readonly items: readonly StoredItem[];
}

/** A catalog indicator; built-in ones ship with Lantu, the others were added by users. */
export interface StoredIndicator extends Indicator {
  readonly is_builtin: boolean;
}

/** A stored observation. */
export interface StoredObservation extends Observation {
  readonly id: string;
  /** The item the figure was read from, when its source is a document. */
  readonly item_id: string | null;
  readonly created_at: string;
}

/** What kind of thing a history entry is about. */
export type HistoryEntity =
  'document' | 'item' | 'unit' | 'user' | 'assignment' | 'report' | 'notice' | 'observation';

/** One append-only audit entry. */
export interface HistoryEntry {
  readonly id: number;
  readonly entity: HistoryEntity;
  readonly entity_id: string;
  /** `ingest`, `correct`, `confirm`, `reject`, `link` … */
  readonly action: string;
  /** The name of who made the change (a person's display name, or a tool such as `cli`). */
  readonly actor: string;
  /** The signed-in user's id when a person made the change; null for tools. */
  readonly actor_id: string | null;
  readonly at: string;
  /** The changed fields before the action, or null for a creation. */
  readonly before: JsonValue | null;
  readonly after: JsonValue | null;
}

/** What an assignment gives: an item, an outline section (`<document>#<idx>`), a framework part (`<framework>#<idx>`). */
export type AssignmentSubjectType = 'item' | 'section' | 'framework-part';

/** A subject given to a lead unit (牵头单位) and supporting units (配合单位). */
export interface StoredAssignment {
  readonly id: string;
  readonly subject_type: AssignmentSubjectType;
  readonly subject_id: string;
  readonly document_id: string;
  /** The subject in words (the item's metric, the section's title …). */
  readonly title: string;
  readonly lead_unit_id: string;
  readonly supporting_unit_ids: readonly string[];
  readonly start_date: string;
  readonly due_date: string;
  readonly frequency: ReportingFrequency;
  readonly state: 'active' | 'closed';
  readonly created_by: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly version: number;
}

/** One unit's report (填报) for one period of an assignment. */
export interface StoredReport {
  readonly id: string;
  readonly assignment_id: string;
  /** The item reported on (for a section assignment, one item under it), or null. */
  readonly item_id: string | null;
  readonly unit_id: string;
  readonly period: string;
  /** As typed (2693.3 亿元). */
  readonly value: number | null;
  readonly unit: string | null;
  /** In base units (269 330 000 000 元). */
  readonly base_value: number | null;
  readonly base_unit: string | null;
  /** Share of the target done (0..1) the figure shows or the unit states, or null. */
  readonly completion: number | null;
  /** 进展情况, 存在问题, 下一步计划. */
  readonly progress: string;
  readonly problems: string;
  readonly next_steps: string;
  readonly state: ReportState;
  readonly return_reason: string | null;
  readonly author: string;
  readonly submitted_at: string | null;
  readonly reviewer: string | null;
  readonly reviewed_at: string | null;
  /** The observation an accepted figure became. */
  readonly observation_id: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly version: number;
}

/** A report's evidence file. */
export interface StoredAttachment {
  readonly id: string;
  readonly report_id: string;
  readonly file_name: string;
  readonly media_type: string;
  readonly size: number;
  readonly sha256: string;
  readonly storage_key: string;
  readonly uploaded_by: string;
  readonly created_at: string;
}

/** One step of a 督办单 and its words. */
export interface NoticeStep {
  readonly state: NoticeState;
  readonly body: string;
  readonly actor: string;
  readonly at: string;
}

/** A 督办单 with its steps, oldest first. */
export interface StoredNotice {
  readonly id: string;
  readonly unit_id: string;
  readonly title: string;
  readonly body: string;
  readonly assignment_id: string | null;
  readonly deadline: string;
  readonly state: NoticeState;
  readonly issued_by: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly version: number;
  readonly steps: readonly NoticeStep[];
}

/** Whom a notification is for: one user, everyone of a unit, or everyone with a role. */
export interface Recipient {
  readonly type: 'user' | 'unit' | 'role';
  readonly id: string;
}

export interface NewNotification {
  readonly recipient: Recipient;
  /** `remind`, `urge`, `escalate`, `report-returned`, `report-accepted`, `notice` … */
  readonly kind: string;
  readonly subject: { readonly type: string; readonly id: string } | null;
  readonly title: { readonly zh: string; readonly en: string };
}

export interface StoredNotification extends NewNotification {
  readonly id: number;
  readonly created_at: string;
  /** Whether the user asking has read it. */
  readonly read: boolean;
}

/** The user an inbox belongs to, and what else reaches them (their unit, their role). */
export interface InboxOwner {
  readonly userId: string;
  readonly unitId: string | null;
  readonly role: string;
}

/**
 * Who makes a change: the signed-in person (their name and id go into history), or a
 * tool's name (`cli`, `linker`) for changes no person signed in for.
 */
export type ChangeAuthor = string | Actor;

/** A unit (部门) of a jurisdiction's government. */
export interface StoredUnit {
  readonly id: string;
  readonly jurisdiction_code: string;
  readonly parent_id: string | null;
  readonly name: string;
  readonly kind: string;
  readonly sort: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A unit with the units under it, in `sort` order. */
export interface UnitNode extends StoredUnit {
  readonly children: readonly UnitNode[];
}
