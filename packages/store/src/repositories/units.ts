import { randomUUID } from 'node:crypto';
import { LantuError, UNIT_KINDS } from '@lantu/core';
import type { Kysely, Selectable } from 'kysely';
import { asLantuError, constraintKind } from '../db-errors.js';
import type { ChangeAuthor, StoredUnit, UnitNode } from '../records.js';
import type { Database, UnitsTable } from '../schema.js';
import type { StoreContext } from '../store-context.js';
import { assertActor, isNonEmptyString, isOneOf } from '../validation/checks.js';
import { appendHistory } from './history.js';
import { resolveJurisdiction } from './jurisdictions.js';

/** Longest unit name accepted (the longest real ones are about 20 characters). */
const MAX_NAME_LENGTH = 100;

export interface NewUnit {
  /** A jurisdiction code or its Chinese name (义乌市). */
  readonly jurisdiction: string;
  /** The unit above; null or omitted for a top unit (市政府). */
  readonly parentId?: string | null;
  readonly name: string;
  /** One of core UNIT_KINDS. */
  readonly kind: string;
  /** Position among its siblings; default after the last. */
  readonly sort?: number;
}

/** A change to a unit; omitted fields stay. `parentId: null` makes it a top unit. */
export interface UnitChange {
  readonly name?: string;
  readonly kind?: string;
  readonly parentId?: string | null;
  readonly sort?: number;
}

/** The offices of each jurisdiction's government, as a tree; every change is in history. */
export interface UnitRepository {
  /** INPUT_INVALID for a bad name, kind or parent; CONFLICT for a sibling of the same name. */
  create(unit: NewUnit, author: ChangeAuthor): Promise<StoredUnit>;
  /** NOT_FOUND for an unknown id. */
  get(id: string): Promise<StoredUnit>;
  /** Every unit (of one jurisdiction, given as code or name), parents before children. */
  list(jurisdiction?: string): Promise<StoredUnit[]>;
  /** The units of a jurisdiction (or of all) as trees, siblings in `sort` order. */
  tree(jurisdiction?: string): Promise<UnitNode[]>;
  /** Renames, re-kinds, re-orders or moves a unit; a move under itself is INPUT_INVALID. */
  update(id: string, change: UnitChange, author: ChangeAuthor): Promise<StoredUnit>;
  /** Deletes a unit with no units under it and no users in it; CONFLICT otherwise. */
  delete(id: string, author: ChangeAuthor): Promise<void>;
}

type UnitRow = Selectable<UnitsTable>;

function toUnit(row: UnitRow): StoredUnit {
  return {
    id: row.id,
    jurisdiction_code: row.jurisdiction_code,
    parent_id: row.parent_id,
    name: row.name,
    kind: row.kind,
    sort: Number(row.sort),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Siblings first by `sort`, then by name, so equal sorts still list the same way. */
function bySortThenName(a: StoredUnit, b: StoredUnit): number {
  return a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN');
}

/** Builds the trees of a flat list; units whose parent is not in the list become roots. */
export function unitTrees(units: readonly StoredUnit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, StoredUnit[]>();
  for (const unit of units) {
    const parent = unit.parent_id !== null && ids.has(unit.parent_id) ? unit.parent_id : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): UnitNode[] =>
    (childrenOf.get(parent) ?? [])
      .sort(bySortThenName)
      .map((unit) => ({ ...unit, children: build(unit.id) }));
  return build(null);
}

function cleanName(name: unknown): string {
  if (!isNonEmptyString(name)) throw new LantuError('INPUT_INVALID', '单位名称不能为空');
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new LantuError('INPUT_INVALID', `单位名称过长（最多 ${MAX_NAME_LENGTH} 个字）`);
  }
  return trimmed;
}

function checkKind(kind: unknown): string {
  if (!isOneOf(UNIT_KINDS, kind)) {
    throw new LantuError('INPUT_INVALID', `单位类型无效：应为 ${UNIT_KINDS.join('、')} 之一`);
  }
  return kind;
}

function checkSort(sort: unknown): number {
  if (typeof sort !== 'number' || !Number.isSafeInteger(sort)) {
    throw new LantuError('INPUT_INVALID', '排序号应为整数');
  }
  return sort;
}

async function selectUnit(db: Kysely<Database>, id: string): Promise<UnitRow> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new LantuError('NOT_FOUND', `没有这个单位：${id}`);
  return row;
}

/** The parent a unit may be put under: it exists, in the same jurisdiction. */
async function checkParent(
  db: Kysely<Database>,
  parentId: string | null,
  jurisdictionCode: string,
): Promise<void> {
  if (parentId === null) return;
  const parent = await db
    .selectFrom('units')
    .select(['jurisdiction_code'])
    .where('id', '=', parentId)
    .executeTakeFirst();
  if (parent === undefined) throw new LantuError('INPUT_INVALID', `上级单位不存在：${parentId}`);
  if (parent.jurisdiction_code !== jurisdictionCode) {
    throw new LantuError('INPUT_INVALID', '上级单位属于另一个行政区');
  }
}

/** Refuses a move that would put a unit under itself or one of its own units. */
async function checkNoCycle(db: Kysely<Database>, id: string, parentId: string | null) {
  let current = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === id)
      throw new LantuError('INPUT_INVALID', '不能把单位移到它自己或其下级单位之下');
    seen.add(current);
    const row = await db
      .selectFrom('units')
      .select('parent_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
}

async function nextSort(db: Kysely<Database>, jurisdiction: string, parentId: string | null) {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.max('sort').as('max'))
    .where('jurisdiction_code', '=', jurisdiction)
    .where((eb) =>
      parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId),
    )
    .executeTakeFirst();
  const max = row?.max;
  return max === null || max === undefined ? 0 : Number(max) + 1;
}

/**
 * CONFLICT for a sibling of the same name. Checked here as well as by the unique index,
 * because the index does not compare top units (a null parent is never equal to another).
 */
async function checkNameFree(
  db: Kysely<Database>,
  unit: Pick<UnitRow, 'id' | 'jurisdiction_code' | 'parent_id' | 'name'>,
): Promise<void> {
  const sibling = await db
    .selectFrom('units')
    .select('id')
    .where('jurisdiction_code', '=', unit.jurisdiction_code)
    .where((eb) =>
      unit.parent_id === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', unit.parent_id),
    )
    .where('name', '=', unit.name)
    .where('id', '!=', unit.id)
    .executeTakeFirst();
  if (sibling !== undefined) throw duplicateName(new Error('unique'), unit.name, true);
}

/** CONFLICT for a sibling of the same name, instead of a bare constraint error. */
function duplicateName(error: unknown, name: string, known = false): unknown {
  return known || constraintKind(error) === 'unique'
    ? new LantuError('CONFLICT', `同一上级下已有名为「${name}」的单位`, { cause: error })
    : error;
}

/** The unit repository over a store connection. */
export function createUnitRepository(ctx: StoreContext): UnitRepository {
  const inTransaction = async <T>(what: string, work: (trx: Kysely<Database>) => Promise<T>) => {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      throw asLantuError(error, what);
    }
  };
  const repository: UnitRepository = {
    async create(unit, author) {
      assertActor(author);
      const name = cleanName(unit.name);
      const kind = checkKind(unit.kind);
      const parentId = unit.parentId ?? null;
      if (unit.sort !== undefined) checkSort(unit.sort);
      return inTransaction(`creating unit ${name}`, async (trx) => {
        const jurisdiction = await resolveJurisdiction(trx, unit.jurisdiction).catch(() => {
          throw new LantuError('INPUT_INVALID', `未知的行政区：${unit.jurisdiction}`);
        });
        await checkParent(trx, parentId, jurisdiction.code);
        const at = ctx.now();
        const row: UnitRow = {
          id: randomUUID(),
          jurisdiction_code: jurisdiction.code,
          parent_id: parentId,
          name,
          kind,
          sort: unit.sort ?? (await nextSort(trx, jurisdiction.code, parentId)),
          created_at: at,
          updated_at: at,
        };
        await checkNameFree(trx, row);
        await trx
          .insertInto('units')
          .values(row)
          .execute()
          .catch((error: unknown) => {
            throw duplicateName(error, name);
          });
        await appendHistory(trx, {
          entity: 'unit',
          entity_id: row.id,
          action: 'create',
          actor: author,
          at,
          before: null,
          after: { name, kind, parent_id: parentId, jurisdiction_code: jurisdiction.code },
        });
        return toUnit(row);
      });
    },
    async get(id) {
      return toUnit(await selectUnit(ctx.db, id));
    },
    async list(jurisdiction) {
      let query = ctx.db.selectFrom('units').selectAll();
      if (jurisdiction !== undefined) {
        const { code } = await resolveJurisdiction(ctx.db, jurisdiction);
        query = query.where('jurisdiction_code', '=', code);
      }
      const trees = unitTrees((await query.execute()).map(toUnit));
      const flat: StoredUnit[] = [];
      const walk = (nodes: readonly UnitNode[]) => {
        for (const { children, ...unit } of nodes) {
          flat.push(unit);
          walk(children);
        }
      };
      walk(trees);
      return flat;
    },
    async tree(jurisdiction) {
      return unitTrees(await repository.list(jurisdiction));
    },
    async update(id, change, author) {
      assertActor(author);
      const name = change.name === undefined ? undefined : cleanName(change.name);
      const kind = change.kind === undefined ? undefined : checkKind(change.kind);
      if (change.sort !== undefined) checkSort(change.sort);
      return inTransaction(`changing unit ${id}`, async (trx) => {
        const row = await selectUnit(trx, id);
        const next: UnitRow = {
          ...row,
          ...(name === undefined ? {} : { name }),
          ...(kind === undefined ? {} : { kind }),
          ...(change.parentId === undefined ? {} : { parent_id: change.parentId }),
          ...(change.sort === undefined ? {} : { sort: change.sort }),
        };
        if (next.parent_id !== row.parent_id) {
          await checkParent(trx, next.parent_id, row.jurisdiction_code);
          await checkNoCycle(trx, id, next.parent_id);
        }
        const fields = ['name', 'kind', 'parent_id', 'sort'] as const;
        const changed = fields.filter((field) => next[field] !== row[field]);
        if (changed.length === 0) return toUnit(row);
        await checkNameFree(trx, next);
        const at = ctx.now();
        await trx
          .updateTable('units')
          .set({ ...Object.fromEntries(changed.map((f) => [f, next[f]])), updated_at: at })
          .where('id', '=', id)
          .execute()
          .catch((error: unknown) => {
            throw duplicateName(error, next.name);
          });
        await appendHistory(trx, {
          entity: 'unit',
          entity_id: id,
          action: changed.includes('parent_id') ? 'move' : 'update',
          actor: author,
          at,
          before: Object.fromEntries(changed.map((f) => [f, row[f]])),
          after: Object.fromEntries(changed.map((f) => [f, next[f]])),
        });
        return toUnit({ ...next, updated_at: at });
      });
    },
    async delete(id, author) {
      assertActor(author);
      await inTransaction(`deleting unit ${id}`, async (trx) => {
        const row = await selectUnit(trx, id);
        const child = await trx
          .selectFrom('units')
          .select('id')
          .where('parent_id', '=', id)
          .executeTakeFirst();
        if (child !== undefined) {
          throw new LantuError('CONFLICT', `「${row.name}」下还有下级单位，不能删除`);
        }
        const user = await trx
          .selectFrom('users')
          .select('id')
          .where('unit_id', '=', id)
          .executeTakeFirst();
        if (user !== undefined) {
          throw new LantuError('CONFLICT', `「${row.name}」还有用户，不能删除`);
        }
        await trx.deleteFrom('units').where('id', '=', id).execute();
        await appendHistory(trx, {
          entity: 'unit',
          entity_id: id,
          action: 'delete',
          actor: author,
          at: ctx.now(),
          before: { name: row.name, kind: row.kind, parent_id: row.parent_id },
          after: null,
        });
      });
    },
  };
  return repository;
}
