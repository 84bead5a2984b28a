import { dueActions, type SupervisionRules } from '@lantu/core';
import type { NewNotification } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { SupervisionRunResult } from './types.js';

/**
 * The scheduled job: works out the reminders, 催办 and escalations due on `today` and takes
 * each once. Taking one stores its key and its notifications in one transaction, so two
 * instances running the job at once still notify once.
 */
export async function runRules(
  ctx: AppContext,
  today: string,
  rules: SupervisionRules,
): Promise<SupervisionRunResult> {
  const assignments = await ctx.store.assignments.list({ state: 'active' });
  const reports = await ctx.store.reports.list({ assignmentIds: assignments.map((a) => a.id) });
  const notices = await ctx.store.notices.list();
  const actions = dueActions({
    assignments: assignments.map((a) => ({
      id: a.id,
      title: a.title,
      leadUnitId: a.lead_unit_id,
      start: a.start_date,
      due: a.due_date,
      frequency: a.frequency,
      reports: reports
        .filter((r) => r.assignment_id === a.id && r.unit_id === a.lead_unit_id)
        .map((r) => ({ period: r.period, state: r.state, completion: r.completion })),
    })),
    notices: notices.map((n) => ({
      id: n.id,
      title: n.title,
      unitId: n.unit_id,
      deadline: n.deadline,
      state: n.state,
    })),
    today,
    rules,
    done: await ctx.store.notifications.takenKeys(),
  });
  const counts = { reminded: 0, urged: 0, escalated: 0 };
  for (const action of actions) {
    const notification: NewNotification = {
      recipient:
        action.kind === 'escalate'
          ? { type: 'role', id: 'supervisor' }
          : { type: 'unit', id: action.unitId },
      kind: action.kind,
      subject: { type: action.subject, id: action.subjectId },
      title: action.message,
    };
    // An escalation also tells the unit that it went up.
    const also: NewNotification[] =
      action.kind === 'escalate'
        ? [{ ...notification, recipient: { type: 'unit', id: action.unitId } }]
        : [];
    if (!(await ctx.store.notifications.takeAction(action.key, [notification, ...also]))) continue;
    if (action.kind === 'remind') counts.reminded++;
    else if (action.kind === 'urge') counts.urged++;
    else counts.escalated++;
  }
  return { today, ...counts };
}
