import { describe, expect, it } from 'vitest';
import { DIALECTS, useStore } from './use-store.js';

const ADMIN = { userId: 'u-admin', name: '管理员', role: 'admin', unitId: null } as const;

for (const dialect of DIALECTS) {
  describe(`units (${dialect})`, () => {
    const t = useStore(dialect);

    async function yiwuGovernment() {
      await t.store.jurisdictions.seedDefaults();
      const city = await t.store.units.create(
        { jurisdiction: '义乌市', name: '市政府', kind: 'government' },
        ADMIN,
      );
      const trade = await t.store.units.create(
        { jurisdiction: 'cn-zj-jh-yw', parentId: city.id, name: '商务局', kind: 'department' },
        ADMIN,
      );
      const stats = await t.store.units.create(
        {
          jurisdiction: '义乌市',
          parentId: city.id,
          name: ' 统计局 ',
          kind: 'department',
          sort: 0,
        },
        ADMIN,
      );
      return { city, trade, stats };
    }

    it('keeps a tree per jurisdiction with siblings in sort order, and history names the admin', async () => {
      const { city, trade, stats } = await yiwuGovernment();
      expect(stats.name).toBe('统计局');
      expect(trade.sort).toBe(0);
      const [root, ...others] = await t.store.units.tree('义乌市');
      expect(others).toEqual([]);
      expect(root?.id).toBe(city.id);
      // Equal sorts list by name: 商务局 (shāng) before 统计局 (tǒng).
      expect(root?.children.map((u) => u.name)).toEqual(['商务局', '统计局']);
      expect(await t.store.units.tree('cn-zj')).toEqual([]);
      const [entry] = await t.store.history.list({ entity: 'unit', entityId: trade.id });
      expect(entry).toMatchObject({ action: 'create', actor: '管理员', actor_id: 'u-admin' });
    });

    it('renames and moves, refusing a move under itself', async () => {
      const { city, trade, stats } = await yiwuGovernment();
      await t.store.units.update(stats.id, { name: '市统计局', parentId: trade.id }, ADMIN);
      expect((await t.store.units.tree('义乌市'))[0]?.children[0]?.children[0]?.name).toBe(
        '市统计局',
      );
      await expect(
        t.store.units.update(city.id, { parentId: stats.id }, ADMIN),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID', message: /下级/ });
      const history = await t.store.history.list({ entity: 'unit', entityId: stats.id });
      expect(history.map((h) => h.action)).toEqual(['create', 'move']);
      expect(history[1]?.before).toEqual({ name: '统计局', parent_id: city.id });
    });

    it('refuses a duplicate sibling name, a bad kind and an unknown parent, changing nothing', async () => {
      const { city } = await yiwuGovernment();
      const before = await t.store.units.list();
      await expect(
        t.store.units.create(
          { jurisdiction: '义乌市', parentId: city.id, name: '商务局', kind: 'department' },
          ADMIN,
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(
        t.store.units.create({ jurisdiction: '义乌市', name: '市政府', kind: 'government' }, ADMIN),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(
        t.store.units.create({ jurisdiction: '义乌市', name: '某局', kind: 'bureau' }, ADMIN),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(
        t.store.units.create(
          { jurisdiction: '义乌市', parentId: 'nope', name: '某局', kind: 'department' },
          ADMIN,
        ),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(
        t.store.units.create({ jurisdiction: '火星市', name: '某局', kind: 'department' }, ADMIN),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await t.store.units.list()).toEqual(before);
    });

    it('deletes only an empty unit', async () => {
      const { city, trade } = await yiwuGovernment();
      await expect(t.store.units.delete(city.id, ADMIN)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await t.raw
        .insertInto('users')
        .values({
          id: 'u1',
          name: '张三',
          email: 'zs@example.org',
          email_verified: dialect === 'postgres' ? false : 0,
          image: null,
          role: 'reporter',
          unit_id: trade.id,
          disabled: dialect === 'postgres' ? false : 0,
          must_change_password: dialect === 'postgres' ? false : 0,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
      await expect(t.store.units.delete(trade.id, ADMIN)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: /用户/,
      });
      await t.raw.deleteFrom('users').execute();
      await t.store.units.delete(trade.id, ADMIN);
      await expect(t.store.units.get(trade.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const history = await t.store.history.list({ entity: 'unit', entityId: trade.id });
      expect(history.at(-1)).toMatchObject({ action: 'delete', after: null });
    });
  });
}
