import type { StoreMigration } from './store-migration.js';

/**
 * Units (部门): the offices of a jurisdiction's government as a tree (市政府 → 发改局, 商务局,
 * 统计局 …). Users belong to a unit; responsibility for targets is given to units. `sort`
 * orders siblings the way the government lists them, not alphabetically.
 */
export const migration0009: StoreMigration = {
  async up(db) {
    await db.schema
      .createTable('units')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('jurisdiction_code', 'text', (col) =>
        col.notNull().references('jurisdictions.code'),
      )
      .addColumn('parent_id', 'text', (col) => col.references('units.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('sort', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('units_by_parent')
      .on('units')
      .columns(['jurisdiction_code', 'parent_id', 'sort'])
      .execute();
    // Two offices of one name under one parent would be indistinguishable on screen.
    await db.schema
      .createIndex('units_unique_name')
      .on('units')
      .columns(['jurisdiction_code', 'parent_id', 'name'])
      .unique()
      .execute();
  },
};
