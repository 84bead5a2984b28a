import { createHash, randomUUID } from 'node:crypto';
import { isLantuError, LantuError, type DocumentMeta, type Reading } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError, constraintKind } from '../db-errors.js';
import type { ChangeAuthor } from '../records.js';
import { authorName } from '../rows/history-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertNoProblems, isNonEmptyString } from '../validation/checks.js';
import { readingProblems } from '../validation/reading-problems.js';
import { documentFields } from './document-fields.js';
import { appendHistory } from './history.js';
import {
  appendLinkHistory,
  ingestExtrasProblems,
  linkColumnsByIndex,
  unknownLinkReferences,
  writeIngestObservations,
  type IngestLink,
  type IngestObservation,
} from './ingest-links.js';
import { resolveJurisdiction } from './jurisdictions.js';
import { writeReading } from './write-reading.js';

/** One document's text and its reading, to be stored together. */
export interface IngestReadingInput {
  readonly fileName: string;
  /** The text exactly as read from the file; every offset in the reading points into it. */
  readonly text: string;
  /** Identifies the content; defaults to the SHA-256 (hex) of the text. */
  readonly contentHash?: string;
  readonly meta?: DocumentMeta;
  readonly reading: Reading;
  /** Who ingested it (a user name, `cli`, …), recorded in history. */
  readonly actor: ChangeAuthor;
  /**
   * Automatic links of the reading's items, written with them, each with the `link`
   * history entry store.links.set would write.
   */
  readonly links?: readonly IngestLink[];
  /** Figures the reading's items report, stored as observations sourced from those items. */
  readonly observations?: readonly IngestObservation[];
}

export interface IngestReadingResult {
  /** `unchanged`: this content was already stored for this jurisdiction; nothing was written. */
  readonly status: 'created' | 'unchanged';
  readonly documentId: string;
}

interface ContentKey {
  readonly jurisdictionCode: string | null;
  readonly contentHash: string;
}

/**
 * Stores a document, its reading, its items' links and their observations in ONE
 * transaction: either all of it is stored or, on any failure, none of it. Identical content
 * (same hash, same jurisdiction) is stored once; storing it again writes nothing.
 */
export async function ingestReading(
  ctx: StoreContext,
  input: IngestReadingInput,
): Promise<IngestReadingResult> {
  assertIngestInput(input);
  const fields = documentFields(input.reading, input.meta);
  const key: ContentKey = {
    jurisdictionCode: await jurisdictionCodeOf(ctx.db, fields.jurisdiction),
    contentHash: input.contentHash ?? createHash('sha256').update(input.text).digest('hex'),
  };
  try {
    const existing = await findByContent(ctx.db, key);
    if (existing !== undefined) return { status: 'unchanged', documentId: existing };
    const id = randomUUID();
    const createdAt = ctx.now();
    const { jurisdiction: _name, ...descriptive } = fields;
    const document = {
      ...descriptive,
      id,
      file_name: input.fileName,
      jurisdiction_code: key.jurisdictionCode,
      text: input.text,
      content_hash: key.contentHash,
      chars: input.text.length,
      created_at: createdAt,
    };
    const links = linkColumnsByIndex(input.links ?? []);
    await ctx.db.transaction().execute(async (trx) => {
      const unknownLinks = await unknownLinkReferences(trx, links.values());
      if (unknownLinks.length > 0) {
        throw new LantuError(
          'INPUT_INVALID',
          `links of ${input.fileName}: ${unknownLinks.join('; ')}`,
        );
      }
      const itemIds = await writeReading(trx, document, input.reading, links);
      await appendHistory(trx, {
        entity: 'document',
        entity_id: id,
        action: 'ingest',
        actor: input.actor,
        at: createdAt,
        before: null,
        after: {
          file_name: input.fileName,
          content_hash: key.contentHash,
          items: input.reading.items.length,
        },
      });
      await appendLinkHistory(trx, {
        itemIds,
        links,
        documentJurisdiction: key.jurisdictionCode,
        actor: input.actor,
        at: createdAt,
      });
      const unknown = await writeIngestObservations(trx, {
        observations: input.observations ?? [],
        items: input.reading.items,
        itemIds,
        documentId: id,
        createdAt,
        newId: randomUUID,
      });
      if (unknown.length > 0) {
        throw new LantuError(
          'INPUT_INVALID',
          `observations of ${input.fileName}: ${unknown.join('; ')}`,
        );
      }
    });
    return { status: 'created', documentId: id };
  } catch (error) {
    // A concurrent ingest of the same content committed first and stored what we would have.
    const winner =
      constraintKind(error) === 'unique' ? await findByContent(ctx.db, key) : undefined;
    if (winner !== undefined) return { status: 'unchanged', documentId: winner };
    throw asLantuError(error, `ingest of ${input.fileName}`);
  }
}

function assertIngestInput(input: IngestReadingInput): void {
  const problems: string[] = [];
  if (!isNonEmptyString(input.fileName)) problems.push('fileName must be a non-empty string');
  if (!isNonEmptyString(authorName(input.actor))) problems.push('actor must be a non-empty string');
  if (typeof input.text !== 'string') problems.push('text must be a string');
  if (input.contentHash !== undefined && !isNonEmptyString(input.contentHash)) {
    problems.push('contentHash must be a non-empty string');
  }
  assertNoProblems('ingest', problems);
  assertNoProblems(`reading of ${input.fileName}`, readingProblems(input.text, input.reading));
  assertNoProblems(
    `links and observations of ${input.fileName}`,
    ingestExtrasProblems(input.reading.items, input.links ?? [], input.observations ?? []),
  );
}

/** An unknown jurisdiction in a document is bad input, not a missing resource. */
async function jurisdictionCodeOf(
  db: Kysely<Database>,
  codeOrName: string | null,
): Promise<string | null> {
  if (codeOrName === null) return null;
  try {
    return (await resolveJurisdiction(db, codeOrName)).code;
  } catch (error) {
    if (!isLantuError(error) || error.code !== 'NOT_FOUND') throw error;
    throw new LantuError(
      'INPUT_INVALID',
      `document jurisdiction ${error.message}; add it with store.jurisdictions.upsert()`,
    );
  }
}

/** The id of the document holding this content for this jurisdiction, if there is one. */
async function findByContent(db: Kysely<Database>, key: ContentKey): Promise<string | undefined> {
  const { jurisdictionCode, contentHash } = key;
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', contentHash)
    .where((eb) =>
      jurisdictionCode === null
        ? eb('jurisdiction_code', 'is', null)
        : eb('jurisdiction_code', '=', jurisdictionCode),
    )
    .executeTakeFirst();
  return row?.id;
}
