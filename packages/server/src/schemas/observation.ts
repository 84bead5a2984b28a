import { z } from '@hono/zod-openapi';
import type { Observation } from '@lantu/core';
import { closedEnum } from './closed-enum.js';

/** Where a reported figure came from (core's ObservationSource). */
const observationSourceSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('document'),
      document_id: z.string(),
      item_id: z.string(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
    z.object({ type: z.literal('table'), file: z.string(), row: z.number().int() }),
    z.object({ type: z.literal('manual'), actor: z.string(), note: z.string().optional() }),
    z.object({
      type: z.literal('report'),
      report_id: z.string(),
      assignment_id: z.string(),
      unit_id: z.string(),
      actor: z.string(),
    }),
  ])
  .openapi('ObservationSource');

/** One reported value of an indicator (core's Observation). */
export const observationSchema = z
  .object({
    indicator_code: z.string(),
    jurisdiction: z.string(),
    year: z.number().int(),
    period: z.string().nullable(),
    measure: closedEnum<Observation['measure']>({
      level: true,
      increase: true,
      decrease: true,
      rank: true,
    }),
    value: z.number(),
    base_unit: z.string().nullable(),
    comparator: closedEnum<Observation['comparator']>({
      '=': true,
      '>': true,
      '>=': true,
      '<': true,
      '<=': true,
      '~': true,
    }),
    source: observationSourceSchema,
  })
  .openapi('Observation');

/** An observation as stored (store's StoredObservation). */
export const storedObservationSchema = observationSchema
  .extend({
    id: z.string(),
    item_id: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('StoredObservation');
