import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import {
  checkReportedFigure,
  completionShare,
  isPeriodKey,
  LantuError,
  parseUnitText,
  periodWords,
  supervisionRules,
  type Actor,
} from '@lantu/core';
import {
  DEFAULT_DATA_DIR,
  type NewNotification,
  type ReportContent,
  type StoredItem,
  type StoredReport,
} from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { assertOwnUnit, assertReporterUnit, canSee } from './access.js';
import { localDiskStorage } from './attachment-storage.js';
import { attachmentType, DEFAULT_MAX_ATTACHMENT_BYTES } from './attachment-type.js';
import { buildBoard } from './board.js';
import { sendDigests } from './digests.js';
import { importAssignments } from './import-assignments.js';
import { reportObservation } from './report-observation.js';
import { ensureOwnSeries } from '../figures/own-series.js';
import { runRules } from './run-rules.js';
import { resolveSubject } from './subjects.js';
import type { ReportInput, Supervision, SupervisionOptions } from './types.js';
import { assignmentViews } from './views.js';

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The people loop over an app context (see Supervision for each use case). */
export function createSupervision(ctx: AppContext, options: SupervisionOptions = {}): Supervision {
  const rules = supervisionRules(options.rules);
  const today = options.today ?? todayUtc;
  const storage = localDiskStorage(options.storageDir ?? join(DEFAULT_DATA_DIR, 'attachments'));
  const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const notify = (notifications: NewNotification[]) => ctx.store.notifications.add(notifications);

  const visibleAssignment = async (id: string, actor: Actor) => {
    const assignment = await ctx.store.assignments.get(id);
    if (!canSee(actor, assignment)) {
      throw new LantuError(
        'FORBIDDEN',
        '该任务未交办给本单位 (this assignment is not given to your unit)',
      );
    }
    return assignment;
  };

  /** The figure, unit check and completion of a report's content, against its item. */
  const content = (
    input: Omit<ReportInput, 'assignmentId' | 'itemId' | 'period'>,
    item: StoredItem | null,
  ): ReportContent => {
    const words = {
      progress: input.progress.trim(),
      problems: (input.problems ?? '').trim(),
      next_steps: (input.nextSteps ?? '').trim(),
    };
    if (input.submit && words.progress === '') {
      throw new LantuError('INPUT_INVALID', '请填写进展情况 (progress is required)');
    }
    const stated = input.completionPercent ?? null;
    if (stated !== null && (!Number.isFinite(stated) || stated < 0 || stated > 1000)) {
      throw new LantuError(
        'INPUT_INVALID',
        '完成比例须在0到1000之间 (completion must be a percentage)',
      );
    }
    const value = input.value ?? null;
    if (value === null) {
      return {
        value: null,
        unit: null,
        base_value: null,
        base_unit: null,
        completion: stated === null ? null : stated / 100,
        ...words,
      };
    }
    const unit = (input.unit ?? '').trim();
    const target = item ?? { unit: null, base_unit: null };
    const checked = checkReportedFigure({ value, unit }, target);
    if (!checked.ok)
      throw new LantuError('INPUT_INVALID', `${checked.message.zh} (${checked.message.en})`);
    const baseline = item?.baseline ?? null;
    const baselineValue =
      baseline?.value === null || baseline === null
        ? null
        : baseline.value * (parseUnitText(baseline.unit ?? '')?.factor ?? 1);
    const share =
      stated !== null
        ? stated / 100
        : item === null || item.measure === 'increase' || item.measure === 'decrease'
          ? null
          : completionShare(checked.value, { ...item, baseline_value: baselineValue });
    return {
      value,
      unit,
      base_value: checked.value,
      base_unit: checked.baseUnit,
      completion: share,
      ...words,
    };
  };

  const reportForChange = async (id: string, actor: Actor) => {
    const report = await ctx.store.reports.get(id);
    const assignment = await ctx.store.assignments.get(report.assignment_id);
    return { report, assignment, unitId: assertOwnUnit(actor, assignment) };
  };

  const itemOf = async (report: Pick<StoredReport, 'item_id'>) =>
    report.item_id === null ? null : ctx.store.items.get(report.item_id);

  return {
    rules,

    async assign(input, actor) {
      const subject = await resolveSubject(ctx, input.subject.type, input.subject.id);
      const [created] = await ctx.store.assignments.createMany(
        [
          {
            subject_type: subject.type,
            subject_id: subject.id,
            document_id: subject.documentId,
            title: subject.title,
            lead_unit_id: input.leadUnitId,
            supporting_unit_ids: input.supportingUnitIds ?? [],
            start_date: input.startDate ?? today(),
            due_date: input.dueDate,
            frequency: input.frequency,
          },
        ],
        actor,
      );
      if (created === undefined) throw new LantuError('INTERNAL', 'assignment not stored');
      await notify([
        {
          recipient: { type: 'unit', id: created.lead_unit_id },
          kind: 'assigned',
          subject: { type: 'assignment', id: created.id },
          title: {
            zh: `新任务：“${created.title}”，完成时限${created.due_date}`,
            en: `New assignment: “${created.title}”, due ${created.due_date}`,
          },
        },
      ]);
      return created;
    },

    importAssignments: (fileName, bytes, actor, documentId) =>
      importAssignments(ctx, fileName, bytes, actor, today(), documentId),

    updateAssignment: (id, version, patch, actor) =>
      ctx.store.assignments.update(
        id,
        version,
        {
          ...(patch.dueDate === undefined ? {} : { due_date: patch.dueDate }),
          ...(patch.leadUnitId === undefined ? {} : { lead_unit_id: patch.leadUnitId }),
          ...(patch.supportingUnitIds === undefined
            ? {}
            : { supporting_unit_ids: patch.supportingUnitIds }),
          ...(patch.frequency === undefined ? {} : { frequency: patch.frequency }),
          ...(patch.state === undefined ? {} : { state: patch.state }),
        },
        actor,
      ),

    async assignments(actor, filter = {}) {
      const all = await ctx.store.assignments.list(
        filter.unitId === undefined ? {} : { unitId: filter.unitId },
      );
      return assignmentViews(ctx, actor, all, today(), rules);
    },

    async assignment(id, actor) {
      const assignment = await visibleAssignment(id, actor);
      const [view] = await assignmentViews(ctx, actor, [assignment], today(), rules);
      if (view === undefined) throw new LantuError('NOT_FOUND', `no assignment ${id}`);
      return view;
    },

    async submitReport(input, actor) {
      const assignment = await ctx.store.assignments.get(input.assignmentId);
      const unitId = assertOwnUnit(actor, assignment);
      if (assignment.state !== 'active')
        throw new LantuError('CONFLICT', '该任务已关闭，不能填报 (assignment closed)');
      if (!isPeriodKey(assignment.frequency, input.period)) {
        throw new LantuError(
          'INPUT_INVALID',
          `填报期“${input.period}”与填报频次不符 (period does not fit ${assignment.frequency})`,
        );
      }
      const subject = await resolveSubject(ctx, assignment.subject_type, assignment.subject_id);
      const itemId =
        input.itemId ?? (subject.items.length === 1 ? (subject.items[0]?.id ?? null) : null);
      const item = itemId === null ? null : (subject.items.find((i) => i.id === itemId) ?? null);
      if (itemId !== null && item === null) {
        throw new LantuError(
          'INPUT_INVALID',
          '所报目标不在该任务范围内 (the item is not under this assignment)',
        );
      }
      const report = await ctx.store.reports.create(
        {
          assignment_id: assignment.id,
          item_id: itemId,
          unit_id: unitId,
          period: input.period,
          ...content(input, item),
        },
        input.submit,
        actor,
      );
      if (input.submit) await notifySubmitted(report, assignment.title);
      return report;
    },

    async editReport(id, version, input, actor) {
      const { report, assignment } = await reportForChange(id, actor);
      if (report.unit_id !== actor.unitId) {
        throw new LantuError('FORBIDDEN', '只能修改本单位的报告 (only your unit’s report)');
      }
      const updated = await ctx.store.reports.edit(
        id,
        version,
        content(input, await itemOf(report)),
        input.submit,
        actor,
      );
      if (input.submit) await notifySubmitted(updated, assignment.title);
      return updated;
    },

    async acceptReport(id, version, actor) {
      const report = await ctx.store.reports.get(id);
      const assignment = await ctx.store.assignments.get(report.assignment_id);
      const item = await itemOf(report);
      // A figure for a target no catalog indicator covers gives the target its own series,
      // so an accepted report always moves the status (own-series.ts).
      const measured =
        item !== null && report.base_value !== null && report.state === 'submitted'
          ? await ensureOwnSeries(ctx, item, actor)
          : item;
      const observation = reportObservation(report, assignment, measured, actor.name);
      try {
        const accepted = await ctx.store.reports.accept(id, version, observation, actor);
        await notify([
          {
            recipient: { type: 'unit', id: report.unit_id },
            kind: 'report-accepted',
            subject: { type: 'report', id },
            title: {
              zh: `“${assignment.title}”${periodWords(report.period).zh}报告已采纳`,
              en: `Report on “${assignment.title}” (${periodWords(report.period).en}) accepted`,
            },
          },
        ]);
        return accepted;
      } finally {
        // An accepted figure moves the target's status: stored statuses rest on old figures,
        // and every cached rendered answer (scorecard, overview) is keyed by the data version.
        await ctx.store.dataVersion.bumpDroppingStatuses();
      }
    },

    async returnReport(id, version, reason, actor) {
      const report = await ctx.store.reports.get(id);
      const assignment = await ctx.store.assignments.get(report.assignment_id);
      const returned = await ctx.store.reports.return(id, version, reason, actor);
      await notify([
        {
          recipient: { type: 'unit', id: report.unit_id },
          kind: 'report-returned',
          subject: { type: 'report', id },
          title: {
            zh: `“${assignment.title}”${periodWords(report.period).zh}报告被退回：${reason.trim()}`,
            en: `Report on “${assignment.title}” (${periodWords(report.period).en}) returned: ${reason.trim()}`,
          },
        },
      ]);
      return returned;
    },

    async report(id, actor) {
      const report = await ctx.store.reports.get(id);
      await visibleAssignment(report.assignment_id, actor);
      assertReporterUnit(actor, report.unit_id, '报告');
      return { ...report, attachments: await ctx.store.attachments.list(id) };
    },

    async addAttachment(reportId, fileName, bytes, actor) {
      const { report } = await reportForChange(reportId, actor);
      if (report.unit_id !== actor.unitId)
        throw new LantuError('FORBIDDEN', '只能为本单位的报告上传附件');
      if (report.state === 'accepted')
        throw new LantuError('CONFLICT', '报告已采纳，不能再添加附件 (report accepted)');
      const mediaType = await attachmentType(fileName, bytes, maxBytes);
      const storageKey = `${reportId}/${randomUUID()}`;
      await storage.put(storageKey, bytes);
      try {
        return await ctx.store.attachments.add({
          report_id: reportId,
          file_name: fileName,
          media_type: mediaType,
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storage_key: storageKey,
          uploaded_by: actor.name,
        });
      } catch (error) {
        await storage.delete(storageKey);
        throw error;
      }
    },

    async attachment(id, actor) {
      const attachment = await ctx.store.attachments.get(id);
      const report = await ctx.store.reports.get(attachment.report_id);
      await visibleAssignment(report.assignment_id, actor);
      assertReporterUnit(actor, report.unit_id, '附件');
      return { attachment, bytes: await storage.get(attachment.storage_key) };
    },

    async removeAttachment(id, actor) {
      const attachment = await ctx.store.attachments.get(id);
      const { report } = await reportForChange(attachment.report_id, actor);
      if (
        report.unit_id !== actor.unitId ||
        report.state === 'accepted' ||
        report.state === 'submitted' ||
        report.state === 'resubmitted'
      ) {
        throw new LantuError('CONFLICT', '报告已报送，不能删除附件 (report handed in)');
      }
      await ctx.store.attachments.remove(id);
      await storage.delete(attachment.storage_key);
    },

    async board() {
      const day = today();
      const views = await assignmentViews(
        ctx,
        { userId: 'board', name: 'board', role: 'supervisor', unitId: null },
        await ctx.store.assignments.list({ state: 'active' }),
        day,
        rules,
      );
      return buildBoard(views, await ctx.store.units.list(), day, rules.reportLagDays);
    },

    async issueNotice(input, actor) {
      const notice = await ctx.store.notices.issue(
        {
          unit_id: input.unitId,
          title: input.title.trim(),
          body: input.body.trim(),
          deadline: input.deadline,
          assignment_id: input.assignmentId ?? null,
        },
        actor,
      );
      await notify([
        {
          recipient: { type: 'unit', id: notice.unit_id },
          kind: 'notice',
          subject: { type: 'notice', id: notice.id },
          title: {
            zh: `督办单：${notice.title}（时限${notice.deadline}）`,
            en: `Notice: ${notice.title} (due ${notice.deadline})`,
          },
        },
      ]);
      return notice;
    },

    async moveNotice(id, version, to, body, actor) {
      const notice = await ctx.store.notices.get(id);
      const unitSteps = ['in-progress', 'responded'];
      if (actor.role === 'reporter') {
        assertReporterUnit(actor, notice.unit_id, '督办单');
        if (!unitSteps.includes(to))
          throw new LantuError(
            'FORBIDDEN',
            '承办单位只能承办或反馈 (a unit can only handle or respond)',
          );
      }
      if (to === 'responded' && body.trim() === '')
        throw new LantuError('INPUT_INVALID', '请填写反馈内容 (a response needs words)');
      const moved = await ctx.store.notices.move(id, version, to, body.trim(), actor);
      await notify([
        {
          recipient:
            actor.role === 'reporter'
              ? { type: 'role', id: 'supervisor' }
              : { type: 'unit', id: notice.unit_id },
          kind: `notice-${to}`,
          subject: { type: 'notice', id },
          title: {
            zh: `督办单“${notice.title}”：${to === 'responded' ? '已反馈' : to === 'closed' ? '已办结' : to === 'escalated' ? '已上报' : '办理中'}`,
            en: `Notice “${notice.title}”: ${to}`,
          },
        },
      ]);
      return moved;
    },

    notices: (actor) =>
      ctx.store.notices.list(actor.role === 'reporter' ? { unitId: actor.unitId ?? '-' } : {}),

    async notice(id, actor) {
      const notice = await ctx.store.notices.get(id);
      assertReporterUnit(actor, notice.unit_id, '督办单');
      return notice;
    },

    async inbox(actor) {
      const owner = { userId: actor.userId, unitId: actor.unitId, role: actor.role };
      return {
        items: await ctx.store.notifications.inbox(owner),
        unread: await ctx.store.notifications.unreadCount(owner),
      };
    },

    markRead: (actor, ids) => ctx.store.notifications.markRead(actor.userId, ids),
    runRules: (day) => runRules(ctx, day ?? today(), rules),
    sendDigests: (mailer) => sendDigests(ctx, mailer),
  };

  async function notifySubmitted(report: StoredReport, title: string): Promise<void> {
    await notify([
      {
        recipient: { type: 'role', id: 'supervisor' },
        kind: 'report-submitted',
        subject: { type: 'report', id: report.id },
        title: {
          zh: `“${title}”${periodWords(report.period).zh}报告待审核`,
          en: `Report on “${title}” (${periodWords(report.period).en}) awaits review`,
        },
      },
    ]);
  }
}
