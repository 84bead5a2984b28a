import { z } from '@hono/zod-openapi';
import { MEASURES } from '@lantu/core';
import { listEnum } from './closed-enum.js';
import { list } from './list.js';
import { optionalQuery } from './query.js';

const sourceSchema = z.object({
  label: z.string(),
  document_id: z.string().nullable(),
  sentence: z.string().nullable(),
});

const valueSchema = z.object({ value: z.number(), text: z.string(), source: sourceSchema });

/** One indicator across jurisdictions (app's Comparison). */
export const comparisonSchema = z
  .object({
    indicator: z.object({ code: z.string(), name_zh: z.string(), name_en: z.string() }),
    measure: listEnum(MEASURES),
    base_unit: z.string().nullable(),
    years: list(z.number().int()),
    rows: list(
      z.object({
        jurisdiction: z.object({
          code: z.string(),
          name_zh: z.string(),
          name_en: z.string(),
          level: z.string(),
        }),
        cells: list(
          z.object({
            year: z.number().int(),
            target: valueSchema.nullable(),
            actual: valueSchema.nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('Comparison');

const commaList = z
  .string()
  .max(2000)
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );

/** `?indicator=gdp&measure=increase&jurisdictions=义乌市,金华市&years=2024,2025` */
export const compareQuerySchema = z.object({
  indicator: z.string().min(1).max(100).openapi({ example: 'gdp' }),
  measure: optionalQuery(listEnum(MEASURES)),
  jurisdictions: optionalQuery(commaList).openapi({
    type: 'string',
    maxLength: 2000,
    description: 'Comma-separated codes or names; default every place with a figure or target.',
  }),
  years: optionalQuery(
    z
      .string()
      .max(1000)
      .regex(/^\d{4}(,\d{4})*$/u, { message: 'years: four-digit years separated by commas' })
      .transform((text) => text.split(',').map(Number)),
  ).openapi({
    type: 'string',
    maxLength: 1000,
    description: 'Comma-separated years; default all.',
  }),
});
