import { isLantuError, type Observation } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import type { NewAssignment } from '../src/repositories/assignments.js';
import type { NewReport } from '../src/repositories/reports.js';
import { GDP } from './catalog.js';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

const ACTOR = '督查室 王五';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isLantuError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

/** Creates 统计局 and 商务局 and returns their ids under the names the tests use. */
async function units(t: StoreUnderTest): Promise<void> {
  for (const name of ['统计局', '商务局', '其他局']) {
    const unit = await t.store.units.create(
      { jurisdiction: '义乌市', name, kind: 'department' },
      ACTOR,
    );
    UNIT[name] = unit.id;
  }
}
const UNIT: Record<string, string> = {};
const U = (name: string): string => UNIT[name] ?? name;

/** Ingests the sample plan and returns an assignment input for its first item. */
async function planAndAssignment(
  t: StoreUnderTest,
): Promise<{ assignment: NewAssignment; itemId: string }> {
  await t.store.jurisdictions.seedDefaults();
  await t.store.indicators.upsert([GDP], { builtin: true });
  await units(t);
  const { documentId } = await t.store.documents.ingestReading(sampleIngest());
  const [item] = await t.store.items.list({ documentId });
  if (item === undefined) throw new Error('sample has items');
  return {
    itemId: item.id,
    assignment: {
      subject_type: 'item',
      subject_id: item.id,
      document_id: documentId,
      title: item.metric,
      lead_unit_id: U('统计局'),
      supporting_unit_ids: [U('商务局')],
      start_date: '2026-01-01',
      due_date: '2026-12-31',
      frequency: 'quarterly',
    },
  };
}

function reportOf(assignmentId: string, itemId: string, period = '2026-Q1'): NewReport {
  return {
    assignment_id: assignmentId,
    item_id: itemId,
    unit_id: U('统计局'),
    period,
    value: 700,
    unit: '亿元',
    base_value: 70_000_000_000,
    base_unit: '元',
    completion: 0.23,
    progress: '一季度生产总值700亿元',
    problems: '外需偏弱',
    next_steps: '稳外贸',
  };
}

for (const dialect of DIALECTS) {
  describe(`supervision store (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-04-02T08:00:00Z') });

    it('assigns, lists by unit, edits with version checks and keeps history', async () => {
      const { assignment } = await planAndAssignment(t);
      const [created] = await t.store.assignments.createMany([assignment], ACTOR);
      if (created === undefined) throw new Error('created');
      expect(created).toMatchObject({
        version: 1,
        state: 'active',
        supporting_unit_ids: [U('商务局')],
      });
      expect(await t.store.assignments.list({ unitId: U('商务局') })).toHaveLength(1);
      expect(await t.store.assignments.list({ unitId: U('其他局') })).toHaveLength(0);

      const moved = await t.store.assignments.update(
        created.id,
        1,
        { due_date: '2026-10-31' },
        ACTOR,
      );
      expect(moved).toMatchObject({ due_date: '2026-10-31', version: 2 });
      expect(
        await code(t.store.assignments.update(created.id, 1, { due_date: '2026-09-30' }, ACTOR)),
      ).toBe('CONFLICT');
      expect((await t.store.assignments.get(created.id)).due_date).toBe('2026-10-31');
      expect(
        await code(t.store.assignments.update(created.id, 2, { due_date: '2025-01-01' }, ACTOR)),
      ).toBe('INPUT_INVALID');
      const history = await t.store.history.list({ entity: 'assignment', entityId: created.id });
      expect(history.map((h) => [h.action, h.actor])).toEqual([
        ['assign', ACTOR],
        ['update', ACTOR],
      ]);
      expect(history[1]).toMatchObject({
        before: { due_date: '2026-12-31' },
        after: { due_date: '2026-10-31' },
      });
    });

    it('assigns all or none', async () => {
      const { assignment } = await planAndAssignment(t);
      const bad = { ...assignment, due_date: '2026-13-45x' };
      expect(await code(t.store.assignments.createMany([assignment, bad], ACTOR))).toBe(
        'INPUT_INVALID',
      );
      const unknownUnit = { ...assignment, supporting_unit_ids: ['no-such-unit'] };
      expect(await code(t.store.assignments.createMany([assignment, unknownUnit], ACTOR))).toBe(
        'INPUT_INVALID',
      );
      const missingDocument = { ...assignment, document_id: 'nope' };
      expect(await code(t.store.assignments.createMany([assignment, missingDocument], ACTOR))).toBe(
        'INPUT_INVALID',
      );
      expect(await t.store.assignments.list()).toEqual([]);
    });

    it('takes a report through submit → return → resubmit → accept, making one observation', async () => {
      const { assignment, itemId } = await planAndAssignment(t);
      const [a] = await t.store.assignments.createMany([assignment], ACTOR);
      if (a === undefined) throw new Error('created');
      const reports = t.store.reports;
      const draft = await reports.create(reportOf(a.id, itemId), false, '统计局 李四');
      expect(draft).toMatchObject({ state: 'draft', version: 1, submitted_at: null });
      expect(await code(reports.create(reportOf(a.id, itemId), true, '统计局 李四'))).toBe(
        'CONFLICT',
      );
      expect(await code(reports.accept(draft.id, 1, null, ACTOR))).toBe('CONFLICT'); // a draft is not accepted

      const submitted = await reports.edit(
        draft.id,
        1,
        reportOf(a.id, itemId),
        true,
        '统计局 李四',
      );
      expect(submitted).toMatchObject({ state: 'submitted', version: 2 });
      expect(await code(reports.return(submitted.id, 2, '  ', ACTOR))).toBe('INPUT_INVALID');
      const returned = await reports.return(submitted.id, 2, '数值与统计快报不符', ACTOR);
      expect(returned).toMatchObject({
        state: 'returned',
        return_reason: '数值与统计快报不符',
        reviewer: ACTOR,
      });
      expect(
        await code(reports.edit(returned.id, 2, reportOf(a.id, itemId), true, '统计局 李四')),
      ).toBe('CONFLICT');

      const fixed = { ...reportOf(a.id, itemId), value: 710, base_value: 71_000_000_000 };
      const resubmitted = await reports.edit(returned.id, 3, fixed, true, '统计局 李四');
      expect(resubmitted.state).toBe('resubmitted');

      const observation: Observation = {
        indicator_code: 'gdp',
        jurisdiction: 'cn-zj-jh-yw',
        year: 2026,
        period: 'Q1',
        measure: 'level',
        value: 71_000_000_000,
        base_unit: '元',
        comparator: '=',
        source: {
          type: 'report',
          report_id: returned.id,
          assignment_id: a.id,
          unit_id: U('统计局'),
          actor: ACTOR,
        },
      };
      const accepted = await reports.accept(returned.id, 4, observation, ACTOR);
      expect(accepted.state).toBe('accepted');
      const stored = await t.raw
        .selectFrom('observations')
        .selectAll()
        .where('id', '=', accepted.observation_id)
        .execute();
      expect(stored).toHaveLength(1);
      expect(JSON.parse(stored[0]?.source ?? '{}')).toMatchObject({
        type: 'report',
        report_id: returned.id,
      });
      expect(await code(reports.edit(accepted.id, 5, fixed, false, '统计局 李四'))).toBe(
        'CONFLICT',
      );

      const history = await t.store.history.list({ entity: 'report', entityId: draft.id });
      expect(history.map((h) => h.action)).toEqual([
        'draft',
        'submit',
        'return',
        'resubmit',
        'accept',
      ]);
      expect(history[3]).toMatchObject({
        before: { value: 700, base_value: 70_000_000_000, state: 'returned' },
        after: { value: 710, base_value: 71_000_000_000, state: 'resubmitted' },
      });
      expect(await reports.list({ unitId: U('统计局'), states: ['accepted'] })).toHaveLength(1);
    });

    it('refuses a stale accept and leaves no observation behind a failed one', async () => {
      const { assignment, itemId } = await planAndAssignment(t);
      const [a] = await t.store.assignments.createMany([assignment], ACTOR);
      if (a === undefined) throw new Error('created');
      const report = await t.store.reports.create(reportOf(a.id, itemId), true, '统计局 李四');
      const badIndicator: Observation = {
        indicator_code: 'no-such-indicator',
        jurisdiction: 'cn-zj-jh-yw',
        year: 2026,
        period: null,
        measure: 'level',
        value: 1,
        base_unit: '元',
        comparator: '=',
        source: {
          type: 'report',
          report_id: report.id,
          assignment_id: a.id,
          unit_id: U('统计局'),
          actor: ACTOR,
        },
      };
      expect(await code(t.store.reports.accept(report.id, 2, null, ACTOR))).toBe('CONFLICT');
      expect(await code(t.store.reports.accept(report.id, 1, badIndicator, ACTOR))).toBe(
        'INPUT_INVALID',
      );
      expect((await t.store.reports.get(report.id)).state).toBe('submitted');
      expect(await t.raw.selectFrom('observations').selectAll().execute()).toEqual([]);
    });

    it('keeps attachment metadata per report', async () => {
      const { assignment, itemId } = await planAndAssignment(t);
      const [a] = await t.store.assignments.createMany([assignment], ACTOR);
      if (a === undefined) throw new Error('created');
      const report = await t.store.reports.create(reportOf(a.id, itemId), false, '统计局 李四');
      const file = {
        report_id: report.id,
        file_name: '一季度统计快报.pdf',
        media_type: 'application/pdf',
        size: 1234,
        sha256: 'ab'.repeat(32),
        storage_key: 'x/y.pdf',
        uploaded_by: '统计局 李四',
      };
      const added = await t.store.attachments.add(file);
      expect(await t.store.attachments.list(report.id)).toEqual([added]);
      expect(await code(t.store.attachments.add({ ...file, report_id: 'none' }))).toBe('NOT_FOUND');
      await t.store.attachments.remove(added.id);
      expect(await t.store.attachments.list(report.id)).toEqual([]);
    });

    it('issues a 督办单 and moves it through its steps, refusing moves the flow forbids', async () => {
      await t.store.jurisdictions.seedDefaults();
      await units(t);
      const notices = t.store.notices;
      const notice = await notices.issue(
        {
          unit_id: U('商务局'),
          title: '加快快递进村',
          body: '请于5月底前反馈',
          assignment_id: null,
          deadline: '2026-05-31',
        },
        ACTOR,
      );
      expect(notice.state).toBe('assigned');
      expect(notice.steps.map((s) => s.state)).toEqual(['opened', 'assigned']);
      const handling = await notices.move(notice.id, 1, 'in-progress', '已安排专人', '商务局 赵六');
      const answered = await notices.move(
        handling.id,
        2,
        'responded',
        '已完成80个村',
        '商务局 赵六',
      );
      expect(await code(notices.move(answered.id, 2, 'closed', '', ACTOR))).toBe('CONFLICT');
      const closed = await notices.move(answered.id, 3, 'closed', '同意办结', ACTOR);
      expect(closed.steps.map((s) => [s.state, s.body])).toEqual([
        ['opened', '请于5月底前反馈'],
        ['assigned', ''],
        ['in-progress', '已安排专人'],
        ['responded', '已完成80个村'],
        ['closed', '同意办结'],
      ]);
      expect(await code(notices.move(closed.id, 4, 'in-progress', '', ACTOR))).toBe('CONFLICT');
      expect(await notices.list({ unitId: U('商务局'), states: ['closed'] })).toHaveLength(1);
      const history = await t.store.history.list({ entity: 'notice', entityId: notice.id });
      expect(history.map((h) => h.action)).toEqual(['issue', 'in-progress', 'responded', 'closed']);
      expect(
        await code(
          notices.issue(
            { unit_id: '', title: '', body: '', assignment_id: null, deadline: 'x' },
            ACTOR,
          ),
        ),
      ).toBe('INPUT_INVALID');
    });

    it('delivers notifications to a user, their unit and their role, with read state and digests', async () => {
      const n = t.store.notifications;
      const title = (zh: string) => ({ zh, en: zh });
      await n.add([
        {
          recipient: { type: 'unit', id: U('统计局') },
          kind: 'remind',
          subject: null,
          title: title('单位'),
        },
        {
          recipient: { type: 'user', id: 'u1' },
          kind: 'report-returned',
          subject: { type: 'report', id: 'r' },
          title: title('个人'),
        },
        {
          recipient: { type: 'role', id: 'supervisor' },
          kind: 'escalate',
          subject: null,
          title: title('督查'),
        },
        {
          recipient: { type: 'unit', id: U('其他局') },
          kind: 'remind',
          subject: null,
          title: title('别人'),
        },
      ]);
      const owner = { userId: 'u1', unitId: U('统计局'), role: 'reporter' };
      const inbox = await n.inbox(owner);
      expect(inbox.map((x) => x.title.zh)).toEqual(['个人', '单位']);
      expect(inbox[0]?.subject).toEqual({ type: 'report', id: 'r' });
      expect(await n.unreadCount(owner)).toBe(2);
      await n.markRead('u1', [inbox[0]?.id ?? 0]);
      await n.markRead('u1', [inbox[0]?.id ?? 0]); // twice is fine
      expect(await n.unreadCount(owner)).toBe(1);
      expect((await n.inbox(owner)).map((x) => x.read)).toEqual([true, false]);
      expect(await n.unreadCount({ userId: 'u2', unitId: null, role: 'supervisor' })).toBe(1);

      expect(await n.lastDigested('u1')).toBe(0);
      await n.markDigested('u1', inbox[0]?.id ?? 0);
      await n.markDigested('u1', inbox[0]?.id ?? 0);
      expect(await n.lastDigested('u1')).toBe(inbox[0]?.id);
      expect(await n.inbox(owner, { afterId: inbox[0]?.id ?? 0 })).toEqual([]);
    });

    it('takes each scheduled action once, even when asked twice at the same time', async () => {
      const n = t.store.notifications;
      const note = {
        recipient: { type: 'unit' as const, id: U('统计局') },
        kind: 'urge',
        subject: null,
        title: { zh: '催办', en: 'urge' },
      };
      const outcomes = await Promise.all([
        n.takeAction('urge:a:1', [note]),
        n.takeAction('urge:a:1', [note]),
      ]);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await n.takeAction('urge:a:1', [note])).toBe(false);
      expect(await n.inbox({ userId: 'x', unitId: U('统计局'), role: 'reporter' })).toHaveLength(1);
      expect(await n.takenKeys()).toEqual(new Set(['urge:a:1']));
    });
  });
}
