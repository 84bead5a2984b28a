import type { ReportingFrequency } from '@lantu/core';
import type { Selectable } from 'kysely';
import { decodeJson } from '../json-column.js';
import type { AssignmentSubjectType, StoredAssignment } from '../records.js';
import type { AssignmentsTable } from '../schema.js';

/** Row → StoredAssignment. */
export function toStoredAssignment(row: Selectable<AssignmentsTable>): StoredAssignment {
  return {
    ...row,
    subject_type: row.subject_type as AssignmentSubjectType,
    supporting_unit_ids: decodeJson<string[]>(row.supporting_unit_ids),
    frequency: row.frequency as ReportingFrequency,
    state: row.state as StoredAssignment['state'],
  };
}
