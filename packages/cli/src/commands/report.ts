import type { LantuApp, PlanSummary } from '@lantu/app';
import { LantuError } from '@lantu/core';
import { docxToPdf, planReportDocx } from '@lantu/reports';
import type { CliIo } from '../io.js';
import { withApp } from './open-app.js';
import type { ReportOptions } from './report-options.js';

/**
 * The plan to report on without --plan: the only one, else the newest whose period has
 * begun by the as-of date (a plan that has not started has nothing to evaluate).
 */
function choosePlan(plans: readonly PlanSummary[], asOf: string): PlanSummary {
  const year = Number(asOf.slice(0, 4));
  const started = plans.filter((plan) => plan.start_year <= year);
  const chosen = plans.length === 1 ? plans[0] : started[0];
  if (chosen === undefined) {
    throw new LantuError(
      'NOT_FOUND',
      '库中没有规划：先用 lantu ingest 读入规划文件（规划纲要或规划建议）',
    );
  }
  return chosen;
}

async function planFor(app: LantuApp, options: ReportOptions): Promise<PlanSummary> {
  if (options.plan !== undefined) return app.plan(options.plan);
  return choosePlan(await app.plans(), app.asOf);
}

/**
 * `lantu report --out FILE.docx|FILE.pdf [--plan ID] [--as-of DATE] [--db URL]`: the
 * 规划实施情况评估报告 of a plan as Word, or as PDF through LibreOffice. NOT_FOUND (exit 4)
 * when the store holds no plan or not the one named.
 */
export async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
  const { docx, plan } = await withApp({ db: options.db, asOf: options.asOf }, async (app) => {
    const chosen = await planFor(app, options);
    return { plan: chosen, docx: await planReportDocx(await app.planEvaluation(chosen.id)) };
  });
  const bytes = options.format === 'pdf' ? await docxToPdf(docx) : docx;
  await io.writeBytes(options.out, bytes);
  io.stderr.write(`${plan.name}实施情况评估报告 → ${options.out}\n`);
  return 0;
}
