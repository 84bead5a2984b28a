import { z } from '@hono/zod-openapi';
import { STATUS_CODES, type MethodId, type YearResult } from '@lantu/core';
import { closedEnum, listEnum } from './closed-enum.js';
import { observationSchema } from './observation.js';
import { list } from './list.js';

/** achieved · on-track · at-risk · off-track · missed · not-yet-due · no-data. */
export const statusCodeSchema = listEnum(STATUS_CODES).openapi('StatusCode');

const methodIdSchema = closedEnum<MethodId>({
  'eurostat-cagr-ratio': true,
  'linear-ratio': true,
  'deadline-comparator': true,
  'xushi-progress': true,
  rank: true,
  'recurring-annual': true,
  milestone: true,
  none: true,
});

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

const nullableNumber = z.number().nullable();

/** The numbers a status rests on, in base units (core's StatusNumbers). */
const statusNumbersSchema = z
  .object({
    baseline_value: nullableNumber,
    baseline_year: nullableNumber,
    latest_value: nullableNumber,
    latest_year: nullableNumber,
    latest_period: z.string().nullable(),
    latest_is_bound: z.boolean(),
    target_value: nullableNumber,
    target_value_max: nullableNumber,
    target_year: nullableNumber,
    required_annual_growth: nullableNumber,
    actual_annual_growth: nullableNumber,
    ratio: nullableNumber,
    tolerance: nullableNumber,
    elapsed_share: nullableNumber,
    progress_share: nullableNumber,
  })
  .openapi('StatusNumbers');

/** Where one target stands as of a date, with method, numbers and explanation (core's TargetStatus). */
export const targetStatusSchema = z
  .object({
    status: statusCodeSchema,
    method: methodIdSchema,
    label: bilingualSchema,
    numbers: statusNumbersSchema,
    explanation: bilingualSchema,
    per_year: list(
      z.object({
        year: z.number().int(),
        status: closedEnum<YearResult['status']>({
          achieved: true,
          missed: true,
          'no-data': true,
          'not-yet-due': true,
        }),
        value: nullableNumber,
      }),
    ),
    observations: list(observationSchema),
  })
  .openapi('TargetStatus');

/** A count per status code (scorecard totals). */
export const statusTotalsSchema = z
  .object(
    Object.fromEntries(STATUS_CODES.map((code) => [code, z.number().int()])) as Record<
      (typeof STATUS_CODES)[number],
      z.ZodNumber
    >,
  )
  .openapi('StatusTotals');
