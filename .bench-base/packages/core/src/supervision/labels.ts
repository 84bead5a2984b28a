import type { AssignmentState, Bilingual, Light, NoticeState, ReportState } from './types.js';

/** The words of each assignment state, as the board and 我的任务 show them. */
export const ASSIGNMENT_STATE_LABELS: Readonly<Record<AssignmentState, Bilingual>> = {
  completed: { zh: '已完成', en: 'Completed' },
  'on-schedule': { zh: '按序时推进', en: 'On schedule' },
  'report-due-soon': { zh: '临近填报', en: 'Report due soon' },
  'behind-schedule': { zh: '滞后序时', en: 'Behind schedule' },
  'off-track': { zh: '严重滞后', en: 'Off track' },
  overdue: { zh: '逾期未完成', en: 'Overdue' },
  'overdue-unreported': { zh: '逾期未报', en: 'Overdue, not reported' },
  'no-data': { zh: '暂无数据', en: 'No data' },
};

/** The light each state shows. */
export const LIGHT_OF_STATE: Readonly<Record<AssignmentState, Light>> = {
  completed: 'green',
  'on-schedule': 'green',
  'report-due-soon': 'yellow',
  'behind-schedule': 'yellow',
  'off-track': 'red',
  overdue: 'red',
  'overdue-unreported': 'red',
  'no-data': 'grey',
};

export const LIGHT_LABELS: Readonly<Record<Light, Bilingual>> = {
  green: { zh: '绿灯', en: 'Green' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  red: { zh: '红灯', en: 'Red' },
  grey: { zh: '灰灯', en: 'Grey' },
};

export const REPORT_STATE_LABELS: Readonly<Record<ReportState, Bilingual>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  resubmitted: { zh: '已重报', en: 'Resubmitted' },
  accepted: { zh: '已采纳', en: 'Accepted' },
};

export const NOTICE_STATE_LABELS: Readonly<Record<NoticeState, Bilingual>> = {
  opened: { zh: '立项', en: 'Opened' },
  assigned: { zh: '交办', en: 'Assigned' },
  'in-progress': { zh: '承办', en: 'In progress' },
  responded: { zh: '反馈', en: 'Responded' },
  closed: { zh: '办结', en: 'Closed' },
  escalated: { zh: '已上报', en: 'Escalated' },
};
