import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLantuError, type Actor } from '@lantu/core';
import ExcelJS from 'exceljs';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAccounts,
  openSupervision,
  smtpMailer,
  type LantuApp,
  type Supervision,
} from '../src/index.js';
import { addTestCity, PLAN_2021 } from './support/sample-documents.js';
import { countRows, openTempApp, removeTempStores } from './support/temp-app.js';

const SUPERVISOR: Actor = {
  userId: 'u-sup',
  name: '督查室 王主任',
  role: 'supervisor',
  unitId: null,
};

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isLantuError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('supervision use cases', () => {
  let app: LantuApp;
  let loop: Supervision;
  let today = '2026-03-01';
  let dir: string;
  let stats: Actor;
  let commerce: Actor;
  let gdpId: string;
  let tradeId: string;

  beforeEach(async () => {
    app = await openTempApp({ asOf: '2026-03-01' });
    dir = mkdtempSync(join(tmpdir(), 'lantu-attachments-'));
    today = '2026-03-01';
    loop = openSupervision(app, { storageDir: dir, maxAttachmentBytes: 1024, today: () => today });
    await addTestCity(app);
    await app.ingest([PLAN_2021], { actor: 'tester' });
    const statsUnit = await app.store.units.create(
      { jurisdiction: '测试市', name: '统计局', kind: 'department' },
      SUPERVISOR,
    );
    const commerceUnit = await app.store.units.create(
      { jurisdiction: '测试市', name: '商务局', kind: 'department' },
      SUPERVISOR,
    );
    stats = { userId: 'u-stats', name: '统计局 李四', role: 'reporter', unitId: statsUnit.id };
    commerce = {
      userId: 'u-trade',
      name: '商务局 赵六',
      role: 'reporter',
      unitId: commerceUnit.id,
    };
    const items = await app.store.items.list({});
    gdpId = items.find((i) => i.metric === '全市生产总值')?.id ?? '';
    tradeId = items.find((i) => i.metric === '全市进出口总额')?.id ?? '';
    expect(gdpId).not.toBe('');
    expect(tradeId).not.toBe('');
  });
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => removeTempStores());

  const gdpRow = async () =>
    (await app.scorecard({ jurisdiction: '测试市' })).rows.find((r) => r.item.id === gdpId);

  it('runs the loop: assign → 逾期未报 → refused figures → return → resubmit → accept moves the status', async () => {
    const assignment = await loop.assign(
      {
        subject: { type: 'item', id: gdpId },
        leadUnitId: stats.unitId ?? '',
        supportingUnitIds: [commerce.unitId ?? ''],
        startDate: '2025-01-01',
        dueDate: '2025-12-31',
        frequency: 'yearly',
      },
      SUPERVISOR,
    );
    const [view] = await loop.assignments(SUPERVISOR);
    expect(view?.light).toMatchObject({ light: 'red', state: 'overdue-unreported' });
    expect(view?.lead_unit_name).toBe('统计局');
    expect(view?.items.map((i) => i.metric)).toEqual(['全市生产总值']);
    expect((await gdpRow())?.status.status).toBe('no-data');

    // a unit sees only what is assigned to it
    const outsider: Actor = { ...commerce, unitId: 'other' };
    expect(await loop.assignments(outsider)).toEqual([]);
    expect(
      await code(
        loop.submitReport(
          {
            assignmentId: assignment.id,
            period: '2025',
            value: 1,
            unit: '亿元',
            progress: 'x',
            submit: true,
          },
          outsider,
        ),
      ),
    ).toBe('FORBIDDEN');

    // a figure in the wrong unit family is refused with a clear message, nothing stored
    const before = await countRows(app, 'history');
    const wrong = loop.submitReport(
      {
        assignmentId: assignment.id,
        period: '2025',
        value: 7.5,
        unit: '%',
        progress: '全年增长7.5%',
        submit: true,
      },
      stats,
    );
    await expect(wrong).rejects.toThrow('填报单位“%”是百分比，与目标单位“亿元”（金额）不一致');
    expect(
      await code(
        loop.submitReport(
          {
            assignmentId: assignment.id,
            period: '2025-Q1',
            value: 1,
            unit: '亿元',
            progress: 'x',
            submit: true,
          },
          stats,
        ),
      ),
    ).toBe('INPUT_INVALID');
    expect(await countRows(app, 'history')).toBe(before);

    const submitted = await loop.submitReport(
      {
        assignmentId: assignment.id,
        period: '2025',
        value: 1900,
        unit: '亿元',
        progress: '全年生产总值1900亿元',
        problems: '外贸承压',
        nextSteps: '稳增长',
        submit: true,
      },
      stats,
    );
    expect(submitted).toMatchObject({
      state: 'submitted',
      base_value: 190_000_000_000,
      completion: 0.95,
    });
    await loop.addAttachment(submitted.id, '2025年统计公报.pdf', PDF, stats);
    expect((await loop.inbox(SUPERVISOR)).items[0]?.title.zh).toBe(
      '“全市生产总值”2025年报告待审核',
    );

    const returned = await loop.returnReport(
      submitted.id,
      submitted.version,
      '与统计公报不一致',
      SUPERVISOR,
    );
    expect(returned.state).toBe('returned');
    const statsInbox = await loop.inbox(stats);
    expect(statsInbox.items[0]?.title.zh).toBe('“全市生产总值”2025年报告被退回：与统计公报不一致');
    expect(statsInbox.unread).toBeGreaterThan(0);
    expect(await code(loop.acceptReport(returned.id, returned.version, SUPERVISOR))).toBe(
      'CONFLICT',
    );

    const resubmitted = await loop.editReport(
      returned.id,
      returned.version,
      { value: 2100, unit: '亿元', progress: '全年生产总值2100亿元', submit: true },
      stats,
    );
    expect(resubmitted.state).toBe('resubmitted');
    expect(
      await code(
        loop.editReport(returned.id, returned.version, { progress: 'stale', submit: false }, stats),
      ),
    ).toBe('CONFLICT');
    const accepted = await loop.acceptReport(resubmitted.id, resubmitted.version, SUPERVISOR);
    expect(accepted.observation_id).not.toBeNull();

    const row = await gdpRow();
    expect(row?.status.status).toBe('achieved');
    expect(
      row?.status.observations.some(
        (o) => o.source.type === 'report' && o.source.report_id === accepted.id,
      ),
    ).toBe(true);
    const [done] = await loop.assignments(stats);
    expect(done?.light).toMatchObject({ light: 'green', state: 'completed' });
    const history = await app.store.history.list({ entity: 'report', entityId: accepted.id });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['submit', '统计局 李四'],
      ['return', '督查室 王主任'],
      ['resubmit', '统计局 李四'],
      ['accept', '督查室 王主任'],
    ]);
    expect(history[0]?.actor_id).toBe('u-stats');
  });

  it('limits attachments by size and type and keeps the bytes behind the storage port', async () => {
    const assignment = await loop.assign(
      {
        subject: { type: 'item', id: tradeId },
        leadUnitId: commerce.unitId ?? '',
        dueDate: '2026-12-31',
        frequency: 'quarterly',
      },
      SUPERVISOR,
    );
    const report = await loop.submitReport(
      { assignmentId: assignment.id, period: '2026-Q1', progress: '草稿', submit: false },
      commerce,
    );
    const added = await loop.addAttachment(report.id, '报关数据.pdf', PDF, commerce);
    expect(added).toMatchObject({ media_type: 'application/pdf', size: PDF.byteLength });
    expect((await loop.attachment(added.id, SUPERVISOR)).bytes).toEqual(PDF);
    expect(await code(loop.attachment(added.id, stats))).toBe('FORBIDDEN');
    expect(
      await code(loop.addAttachment(report.id, 'big.pdf', new Uint8Array(2048).fill(37), commerce)),
    ).toBe('FILE_TOO_LARGE');
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
    expect(await code(loop.addAttachment(report.id, 'virus.pdf', exe, commerce))).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect(await code(loop.addAttachment(report.id, 'notes.txt', PDF, commerce))).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect(await code(loop.addAttachment(report.id, 'x.pdf', PDF, stats))).toBe('FORBIDDEN');
    expect((await loop.report(report.id, commerce)).attachments).toHaveLength(1);
    await loop.removeAttachment(added.id, commerce);
    expect(await code(loop.attachment(added.id, commerce))).toBe('NOT_FOUND');
  });

  it('bulk-assigns from an XLSX 任务分解表: all rows or none, errors naming row and column', async () => {
    const xlsx = async (rows: (string | number)[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('任务分解表');
      sheet.addRow(['目标/指标', '牵头单位', '配合单位', '完成时限', '填报频次']);
      for (const row of rows) sheet.addRow(row);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    const bad = await loop.importAssignments(
      '分解表.xlsx',
      await xlsx([
        ['全市生产总值', '统计局', '商务局', '2026年底', '季报'],
        ['全市进出口总额', '外贸局', '', '2026-13-01', '周报'],
        ['不存在的指标', '商务局', '', '2026-06-30', ''],
      ]),
      SUPERVISOR,
    );
    expect(bad.assigned).toBe(0);
    expect(bad.errors.map((e) => e.message)).toEqual([
      '第3行“牵头单位”列：没有单位“外贸局”',
      '第3行“完成时限”列：“2026-13-01”不是日期（如 2026-12-31、2026年底）',
      '第3行“填报频次”列：“周报”不是月报、季报、半年报或年报',
      '第4行“目标/指标”列：没有找到目标“不存在的指标”',
    ]);
    expect(await app.store.assignments.list()).toEqual([]);

    const good = await loop.importAssignments(
      '分解表.xlsx',
      await xlsx([
        ['全市生产总值', '统计局', '商务局', '2026年底', '季报'],
        ['全市进出口总额', '商务局', '', '2026-06-30', ''],
      ]),
      SUPERVISOR,
    );
    expect(good).toEqual({ fileName: '分解表.xlsx', assigned: 2, errors: [] });
    const assigned = await app.store.assignments.list();
    expect(assigned.map((a) => [a.title, a.due_date, a.frequency])).toEqual([
      ['全市进出口总额', '2026-06-30', 'yearly'],
      ['全市生产总值', '2026-12-31', 'quarterly'],
    ]);
    expect((await loop.assignments(stats)).map((a) => a.title)).toEqual(['全市生产总值']);
    expect((await loop.assignments(commerce)).map((a) => a.title)).toEqual([
      '全市进出口总额',
      '全市生产总值',
    ]);
  });

  it('reminds, urges and escalates once per rule, and mails one digest per user over SMTP', async () => {
    await loop.assign(
      {
        subject: { type: 'item', id: tradeId },
        leadUnitId: commerce.unitId ?? '',
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
        frequency: 'quarterly',
      },
      SUPERVISOR,
    );
    today = '2026-04-08';
    expect(await loop.runRules()).toMatchObject({ reminded: 1, urged: 0, escalated: 0 });
    expect(await loop.runRules()).toMatchObject({ reminded: 0, urged: 0, escalated: 0 });
    today = '2026-04-11';
    expect((await loop.assignments(commerce))[0]?.light.state).toBe('overdue-unreported');
    expect(await loop.runRules()).toMatchObject({ urged: 1 });
    today = '2026-04-24';
    expect(await loop.runRules()).toMatchObject({ urged: 1, escalated: 1 });
    const supervisorInbox = await loop.inbox(SUPERVISOR);
    expect(supervisorInbox.items.map((n) => n.title.zh)).toContain(
      '上报：“全市进出口总额”2026年第一季度报告逾期14天仍未办理',
    );

    // One mail per user, carrying everything new; nothing the second time.
    const accounts = createAccounts(app.store, {
      baseUrl: 'http://localhost:1',
      secret: 'a-test-secret-that-is-long-enough-for-better-auth',
    });
    await accounts.users.create(
      {
        email: 'trade@example.org',
        name: '商务局 赵六',
        role: 'reporter',
        unitId: commerce.unitId,
      },
      SUPERVISOR,
    );
    await accounts.users.create(
      { email: 'stats@example.org', name: '统计局 李四', role: 'reporter', unitId: stats.unitId },
      SUPERVISOR,
    );
    const received: { to: string; body: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    try {
      const mailer = smtpMailer({ host: '127.0.0.1', port, from: '蓝图 <lantu@example.org>' });
      const sent = await loop.sendDigests(mailer);
      expect(sent.map((m) => [m.to, m.count])).toEqual([['trade@example.org', 5]]);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toBe('trade@example.org');
      expect(sent[0]?.text).toContain('催办：“全市进出口总额”2026年第一季度报告已逾期1天');
      expect(await loop.sendDigests(mailer)).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('takes a 督办单 from issue to 办结, the unit only handling and answering', async () => {
    const notice = await loop.issueNotice(
      {
        unitId: commerce.unitId ?? '',
        title: '加快外贸回稳',
        body: '请于4月底前反馈',
        deadline: '2026-04-30',
      },
      SUPERVISOR,
    );
    expect((await loop.notices(commerce)).map((n) => n.id)).toEqual([notice.id]);
    expect(await loop.notices(stats)).toEqual([]);
    expect(await code(loop.notice(notice.id, stats))).toBe('FORBIDDEN');
    expect(await code(loop.moveNotice(notice.id, 1, 'closed', '', commerce))).toBe('FORBIDDEN');
    expect(await code(loop.moveNotice(notice.id, 1, 'responded', ' ', commerce))).toBe(
      'INPUT_INVALID',
    );
    const answered = await loop.moveNotice(notice.id, 1, 'responded', '已走访20家企业', commerce);
    const closed = await loop.moveNotice(
      answered.id,
      answered.version,
      'closed',
      '同意办结',
      SUPERVISOR,
    );
    expect(closed.steps.map((s) => s.state)).toEqual(['opened', 'assigned', 'responded', 'closed']);
    expect((await loop.inbox(commerce)).items.map((n) => n.title.zh)).toContain(
      '督办单“加快外贸回稳”：已办结',
    );
  });

  it('ranks units on the board', async () => {
    await loop.assign(
      {
        subject: { type: 'item', id: gdpId },
        leadUnitId: stats.unitId ?? '',
        startDate: '2025-01-01',
        dueDate: '2025-12-31',
        frequency: 'yearly',
      },
      SUPERVISOR,
    );
    await loop.assign(
      {
        subject: { type: 'item', id: tradeId },
        leadUnitId: commerce.unitId ?? '',
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
        frequency: 'yearly',
      },
      SUPERVISOR,
    );
    const board = await loop.board();
    expect(board.units.map((u) => [u.unit_name, u.rank, u.overdue, u.lights.red])).toEqual([
      ['商务局', 1, 0, 0],
      ['统计局', 2, 1, 1],
    ]);
    expect(board.totals).toEqual({ green: 0, yellow: 0, red: 1, grey: 1 });
  });
});
