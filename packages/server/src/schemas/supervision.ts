import { z } from '@hono/zod-openapi';
import {
  ASSIGNMENT_STATES,
  NOTICE_STATES,
  REPORT_STATES,
  REPORTING_FREQUENCIES,
} from '@lantu/core';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD (expected an ISO date)' });
const frequency = z.enum(REPORTING_FREQUENCIES);
const subjectType = z.enum(['item', 'section', 'framework-part']);

export const assignmentSchema = z
  .object({
    id: z.string(),
    subject_type: subjectType,
    subject_id: z.string(),
    document_id: z.string(),
    title: z.string(),
    lead_unit_id: z.string(),
    supporting_unit_ids: z.array(z.string()).readonly(),
    start_date: z.string(),
    due_date: z.string(),
    frequency,
    state: z.enum(['active', 'closed']),
    created_by: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
  })
  .openapi('Assignment');

export const reportSchema = z
  .object({
    id: z.string(),
    assignment_id: z.string(),
    item_id: z.string().nullable(),
    unit_id: z.string(),
    period: z.string(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    base_value: z.number().nullable(),
    base_unit: z.string().nullable(),
    completion: z.number().nullable(),
    progress: z.string(),
    problems: z.string(),
    next_steps: z.string(),
    state: z.enum(REPORT_STATES),
    return_reason: z.string().nullable(),
    author: z.string(),
    submitted_at: z.string().nullable(),
    reviewer: z.string().nullable(),
    reviewed_at: z.string().nullable(),
    observation_id: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
  })
  .openapi('Report');

export const attachmentSchema = z
  .object({
    id: z.string(),
    report_id: z.string(),
    file_name: z.string(),
    media_type: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    storage_key: z.string(),
    uploaded_by: z.string(),
    created_at: z.string(),
  })
  .openapi('Attachment');

export const reportViewSchema = reportSchema
  .extend({ attachments: z.array(attachmentSchema).readonly() })
  .openapi('ReportView');

const periodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  reportDue: z.string(),
});

export const lightSchema = z
  .object({
    light: z.enum(['green', 'yellow', 'red', 'grey']),
    state: z.enum(ASSIGNMENT_STATES),
    label: bilingual,
    explanation: bilingual,
    elapsed: z.number(),
    completion: z.number().nullable(),
    nextReport: periodSchema.nullable(),
    overdue: z.array(periodSchema).readonly(),
  })
  .openapi('AssignmentLight');

export const assignmentViewSchema = assignmentSchema
  .extend({
    lead_unit_name: z.string(),
    supporting_unit_names: z.array(z.string()).readonly(),
    items: z
      .array(
        z.object({
          id: z.string(),
          metric: z.string(),
          kind: z.string(),
          value: z.number().nullable(),
          unit: z.string().nullable(),
          year: z.number().int().nullable(),
          text: z.string(),
        }),
      )
      .readonly(),
    reports: z.array(reportSchema).readonly(),
    light: lightSchema,
  })
  .openapi('AssignmentView');

export const assignBodySchema = z
  .object({
    subject: z.object({ type: subjectType, id: z.string().min(1).max(100) }),
    lead_unit_id: z.string().min(1, '请选择牵头单位').max(100),
    supporting_unit_ids: z.array(z.string().min(1).max(100)).max(50).optional(),
    due_date: isoDate,
    frequency,
    start_date: isoDate.optional(),
  })
  .openapi('AssignBody');

export const assignmentPatchSchema = z
  .object({
    version: z.number().int().min(1),
    due_date: isoDate.optional(),
    lead_unit_id: z.string().min(1).max(100).optional(),
    supporting_unit_ids: z.array(z.string().min(1).max(100)).max(50).optional(),
    frequency: frequency.optional(),
    state: z.enum(['active', 'closed']).optional(),
  })
  .openapi('AssignmentPatch');

const reportContent = {
  value: z.number().finite().nullable().optional(),
  unit: z.string().max(20).nullable().optional(),
  completion_percent: z.number().min(0).max(1000).nullable().optional(),
  progress: z.string().max(5000),
  problems: z.string().max(5000).optional(),
  next_steps: z.string().max(5000).optional(),
  submit: z.boolean(),
};

export const newReportSchema = z
  .object({
    assignment_id: z.string().min(1).max(100),
    item_id: z.string().min(1).max(100).nullable().optional(),
    period: z
      .string()
      .regex(
        /^\d{4}(-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]))?$/u,
        '填报期应如 2026、2026-H1、2026-Q3、2026-M07',
      ),
    ...reportContent,
  })
  .openapi('NewReport');

export const reportEditSchema = z
  .object({ version: z.number().int().min(1), ...reportContent })
  .openapi('ReportEdit');

export const versionBodySchema = z
  .object({ version: z.number().int().min(1) })
  .openapi('VersionBody');

export const returnBodySchema = z
  .object({
    version: z.number().int().min(1),
    reason: z.string().trim().min(1, '请填写退回理由').max(2000),
  })
  .openapi('ReturnBody');

const noticeStepSchema = z.object({
  state: z.enum(NOTICE_STATES),
  body: z.string(),
  actor: z.string(),
  at: z.string(),
});

export const noticeSchema = z
  .object({
    id: z.string(),
    unit_id: z.string(),
    title: z.string(),
    body: z.string(),
    assignment_id: z.string().nullable(),
    deadline: z.string(),
    state: z.enum(NOTICE_STATES),
    issued_by: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
    steps: z.array(noticeStepSchema).readonly(),
  })
  .openapi('Notice');

export const newNoticeSchema = z
  .object({
    unit_id: z.string().min(1, '请选择承办单位').max(100),
    title: z.string().trim().min(1, '请填写督办事项').max(200),
    body: z.string().max(5000),
    deadline: isoDate,
    assignment_id: z.string().min(1).max(100).nullable().optional(),
  })
  .openapi('NewNotice');

export const noticeStepBodySchema = z
  .object({
    version: z.number().int().min(1),
    to: z.enum(NOTICE_STATES),
    body: z.string().max(5000),
  })
  .openapi('NoticeStepBody');

export const notificationSchema = z
  .object({
    id: z.number().int(),
    recipient: z.object({ type: z.enum(['user', 'unit', 'role']), id: z.string() }),
    kind: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }).nullable(),
    title: bilingual,
    created_at: z.string(),
    read: z.boolean(),
  })
  .openapi('Notification');

export const inboxSchema = z
  .object({ items: z.array(notificationSchema).readonly(), unread: z.number().int() })
  .openapi('Inbox');

export const markReadSchema = z
  .object({ ids: z.array(z.number().int()).max(500) })
  .openapi('MarkRead');

const lightCounts = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  grey: z.number().int(),
});

export const boardSchema = z
  .object({
    as_of: z.string(),
    totals: lightCounts,
    units: z
      .array(
        z.object({
          unit_id: z.string(),
          unit_name: z.string(),
          assigned: z.number().int(),
          reported_on_time: z.number().int(),
          overdue: z.number().int(),
          lights: lightCounts,
          score: z.number(),
          rank: z.number().int(),
        }),
      )
      .readonly(),
  })
  .openapi('SupervisionBoard');

export const importResultSchema = z
  .object({
    fileName: z.string(),
    assigned: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), message: z.string() })).readonly(),
  })
  .openapi('AssignmentImportResult');

/** A file part of a multipart form. */
export const filePart = z
  .custom<File>((value) => value instanceof File, { message: '请选择文件 (file is required)' })
  .openapi({ type: 'string', format: 'binary' });
