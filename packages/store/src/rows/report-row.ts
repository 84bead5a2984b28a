import type { ReportState } from '@lantu/core';
import type { Selectable } from 'kysely';
import type { StoredReport } from '../records.js';
import type { ReportsTable } from '../schema.js';

/** Row → StoredReport. */
export function toStoredReport(row: Selectable<ReportsTable>): StoredReport {
  return { ...row, state: row.state as ReportState };
}
