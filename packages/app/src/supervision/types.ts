import type {
  Actor,
  AssignmentLight,
  NoticeState,
  ReportingFrequency,
  SupervisionRules,
} from '@lantu/core';
import type {
  AssignmentSubjectType,
  StoredAssignment,
  StoredAttachment,
  StoredNotice,
  StoredNotification,
  StoredReport,
} from '@lantu/store';
import type { ImportRowError } from '../types.js';

/** A target or milestone an assignment covers, as the report form needs it. */
export interface AssignedItem {
  readonly id: string;
  readonly metric: string;
  readonly kind: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
  readonly text: string;
}

/** An assignment as 我的任务 and the board show it: with names, items, reports and light. */
export interface AssignmentView extends StoredAssignment {
  readonly lead_unit_name: string;
  readonly supporting_unit_names: readonly string[];
  readonly items: readonly AssignedItem[];
  readonly reports: readonly StoredReport[];
  readonly light: AssignmentLight;
}

export interface AssignInput {
  readonly subject: { readonly type: AssignmentSubjectType; readonly id: string };
  readonly leadUnitId: string;
  readonly supportingUnitIds?: readonly string[];
  /** 完成时限, YYYY-MM-DD. */
  readonly dueDate: string;
  readonly frequency: ReportingFrequency;
  /** Default: today. */
  readonly startDate?: string;
}

export interface AssignmentImportResult {
  readonly fileName: string;
  readonly assigned: number;
  readonly errors: readonly ImportRowError[];
}

export interface ReportInput {
  readonly assignmentId: string;
  /** The item reported on; may be omitted when the assignment covers exactly one. */
  readonly itemId?: string | null;
  readonly period: string;
  readonly value?: number | null;
  readonly unit?: string | null;
  /** Share done in percent (0–100) for a task without a figure; a figure's share is computed. */
  readonly completionPercent?: number | null;
  readonly progress: string;
  readonly problems?: string;
  readonly nextSteps?: string;
  /** false: keep as a draft. */
  readonly submit: boolean;
}

export interface ReportView extends StoredReport {
  readonly attachments: readonly StoredAttachment[];
}

/** One unit's line on the supervisor's board. */
export interface UnitBoardRow {
  readonly unit_id: string;
  readonly unit_name: string;
  readonly assigned: number;
  /** Periods reported by their due date. */
  readonly reported_on_time: number;
  /** Periods due and not reported (逾期未报). */
  readonly overdue: number;
  readonly lights: Readonly<Record<'green' | 'yellow' | 'red' | 'grey', number>>;
  /** 0..100: on-time share of due reports, less 10 points per red light (floored at 0). */
  readonly score: number;
  readonly rank: number;
}

export interface SupervisionBoard {
  readonly as_of: string;
  readonly units: readonly UnitBoardRow[];
  readonly totals: Readonly<Record<'green' | 'yellow' | 'red' | 'grey', number>>;
}

export interface NoticeInput {
  readonly unitId: string;
  readonly title: string;
  readonly body: string;
  readonly deadline: string;
  readonly assignmentId?: string | null;
}

/** What the scheduled job did in one run. */
export interface SupervisionRunResult {
  readonly today: string;
  readonly reminded: number;
  readonly urged: number;
  readonly escalated: number;
}

/** A digest mail as sent. */
export interface DigestMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly count: number;
}

/** Sends one mail; nodemailer behind it in production (see mailer.ts). */
export interface Mailer {
  send(mail: {
    readonly to: string;
    readonly subject: string;
    readonly text: string;
  }): Promise<void>;
}

export interface SupervisionOptions {
  readonly rules?: Partial<SupervisionRules>;
  /** Where attachment bytes go (default: local disk under `.data/attachments`). */
  readonly storageDir?: string;
  /** Largest attachment in bytes (default 20 MB). */
  readonly maxAttachmentBytes?: number;
  /** The clock for "today" (default: the app's clock). */
  readonly today?: () => string;
}

/** The people loop's use cases. Roles are the server's policy; unit ownership is checked here. */
export interface Supervision {
  readonly rules: SupervisionRules;
  assign(input: AssignInput, actor: Actor): Promise<StoredAssignment>;
  /** From an XLSX/CSV 任务分解表 (目标/指标, 牵头单位, 配合单位, 完成时限[, 填报频次]): all rows or none. */
  importAssignments(
    fileName: string,
    bytes: Uint8Array,
    actor: Actor,
    documentId?: string,
  ): Promise<AssignmentImportResult>;
  updateAssignment(
    id: string,
    version: number,
    patch: {
      dueDate?: string;
      leadUnitId?: string;
      supportingUnitIds?: readonly string[];
      frequency?: ReportingFrequency;
      state?: 'active' | 'closed';
    },
    actor: Actor,
  ): Promise<StoredAssignment>;
  /** A reporter sees its unit's; others see all (optionally one unit's). */
  assignments(actor: Actor, filter?: { readonly unitId?: string }): Promise<AssignmentView[]>;
  assignment(id: string, actor: Actor): Promise<AssignmentView>;
  submitReport(input: ReportInput, actor: Actor): Promise<StoredReport>;
  editReport(
    id: string,
    version: number,
    input: Omit<ReportInput, 'assignmentId' | 'itemId' | 'period'>,
    actor: Actor,
  ): Promise<StoredReport>;
  acceptReport(id: string, version: number, actor: Actor): Promise<StoredReport>;
  returnReport(id: string, version: number, reason: string, actor: Actor): Promise<StoredReport>;
  report(id: string, actor: Actor): Promise<ReportView>;
  addAttachment(
    reportId: string,
    fileName: string,
    bytes: Uint8Array,
    actor: Actor,
  ): Promise<StoredAttachment>;
  attachment(
    id: string,
    actor: Actor,
  ): Promise<{ attachment: StoredAttachment; bytes: Uint8Array }>;
  removeAttachment(id: string, actor: Actor): Promise<void>;
  board(): Promise<SupervisionBoard>;
  issueNotice(input: NoticeInput, actor: Actor): Promise<StoredNotice>;
  moveNotice(
    id: string,
    version: number,
    to: NoticeState,
    body: string,
    actor: Actor,
  ): Promise<StoredNotice>;
  notices(actor: Actor): Promise<StoredNotice[]>;
  notice(id: string, actor: Actor): Promise<StoredNotice>;
  inbox(actor: Actor): Promise<{ items: StoredNotification[]; unread: number }>;
  markRead(actor: Actor, ids: readonly number[]): Promise<void>;
  /** Applies the rules for `today`: reminders, 催办 and escalations, each once. */
  runRules(today?: string): Promise<SupervisionRunResult>;
  /** One mail per user with anything new since their last digest. */
  sendDigests(mailer: Mailer): Promise<DigestMail[]>;
}
