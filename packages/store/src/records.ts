/**
 * What the store hands back: core's types with the ids and bookkeeping fields the store
 * adds. Field names stay snake_case, as in core, because they are the storage contract.
 */
import type {
  DocumentKind,
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
export type HistoryEntity = 'document' | 'item' | 'unit' | 'user';

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
