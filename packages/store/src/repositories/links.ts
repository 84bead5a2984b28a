import { LantuError } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError } from '../db-errors.js';
import type { ChangeAuthor, LinkMethod, StoredItem } from '../records.js';
import { toStoredItem } from '../rows/item-row.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertActor, assertNoProblems, isOneOf } from '../validation/checks.js';
import { fieldChanges, isNoChange } from './field-changes.js';
import { appendHistory } from './history.js';
import { assertExpectedVersion } from './expected-version.js';
import { selectItemForChange } from './locked-item.js';

/** Which indicator an item measures, and for whom. */
export interface LinkInput {
  readonly itemId: string;
  /** null unlinks. */
  readonly indicatorCode: string | null;
  /** How sure the linker is, 0..1; null when not given. */
  readonly confidence: number | null;
  /** Whose figure the item is; omitted keeps the current one. */
  readonly jurisdictionCode?: string | null;
  readonly method: LinkMethod;
  readonly actor: ChangeAuthor;
  /** The item's version the link was chosen from; CONFLICT when it has moved on. */
  readonly expectedVersion?: number;
}

export interface LinkResult {
  /** `kept`: an automatic link was not applied over a person's link. */
  readonly status: 'linked' | 'unchanged' | 'kept';
  readonly item: StoredItem;
}

/** Links items to indicators. */
export interface LinkRepository {
  /**
   * Sets an item's link and writes history. An `auto` link never replaces a `manual` one,
   * so re-running the linker keeps people's decisions (including a manual unlink).
   */
  set(input: LinkInput): Promise<LinkResult>;
}

const LINK_METHODS: readonly LinkMethod[] = ['auto', 'manual'];
const LINK_FIELDS = [
  'indicator_code',
  'link_confidence',
  'link_method',
  'jurisdiction_code',
] as const;

/** The link repository over a store connection. */
export function createLinkRepository(ctx: StoreContext): LinkRepository {
  return {
    async set(input) {
      assertLinkInput(input);
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const row = await selectItemForChange(trx, ctx.dialect, input.itemId);
          assertExpectedVersion(`条目 ${input.itemId} `, row.version, input);
          if (input.method === 'auto' && row.link_method === 'manual') {
            return { status: 'kept', item: toStoredItem(row) };
          }
          await assertReferencesExist(trx, input);
          const next = {
            ...row,
            indicator_code: input.indicatorCode,
            link_confidence: input.confidence,
            link_method: input.method,
            jurisdiction_code:
              input.jurisdictionCode === undefined ? row.jurisdiction_code : input.jurisdictionCode,
          };
          const changes = fieldChanges(row, next, LINK_FIELDS);
          if (isNoChange(changes)) return { status: 'unchanged', item: toStoredItem(row) };
          const at = ctx.now();
          const version = row.version + 1;
          const { indicator_code, link_confidence, link_method, jurisdiction_code } = next;
          await trx
            .updateTable('items')
            .set({
              indicator_code,
              link_confidence,
              link_method,
              jurisdiction_code,
              updated_at: at,
              version,
            })
            .where('id', '=', input.itemId)
            .execute();
          await appendHistory(trx, {
            entity: 'item',
            entity_id: input.itemId,
            action: 'link',
            actor: input.actor,
            at,
            ...changes,
          });
          return { status: 'linked', item: toStoredItem({ ...next, updated_at: at, version }) };
        });
      } catch (error) {
        throw asLantuError(error, `link of item ${input.itemId}`);
      }
    },
  };
}

function assertLinkInput(input: LinkInput): void {
  assertActor(input.actor);
  const { confidence } = input;
  assertNoProblems('link', [
    ...(isOneOf(LINK_METHODS, input.method) ? [] : ['method must be auto or manual']),
    ...(confidence === null ||
    (typeof confidence === 'number' && confidence >= 0 && confidence <= 1)
      ? []
      : ['confidence must be between 0 and 1, or null']),
  ]);
}

/** A link naming an unknown indicator or jurisdiction is bad input (the item itself exists). */
async function assertReferencesExist(trx: Kysely<Database>, input: LinkInput): Promise<void> {
  const problems: string[] = [];
  if (input.indicatorCode !== null) {
    const found = await trx
      .selectFrom('indicators')
      .select('code')
      .where('code', '=', input.indicatorCode)
      .executeTakeFirst();
    if (found === undefined) problems.push(`no indicator ${input.indicatorCode}`);
  }
  if (input.jurisdictionCode != null) {
    const found = await trx
      .selectFrom('jurisdictions')
      .select('code')
      .where('code', '=', input.jurisdictionCode)
      .executeTakeFirst();
    if (found === undefined) problems.push(`no jurisdiction ${input.jurisdictionCode}`);
  }
  if (problems.length > 0) throw new LantuError('INPUT_INVALID', `link: ${problems.join('; ')}`);
}
