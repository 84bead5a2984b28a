import { z } from '@hono/zod-openapi';
import { UNIT_KINDS } from '@lantu/core';
import { listEnum } from './closed-enum.js';
import { optionalQuery } from './query.js';

export const unitKindSchema = listEnum(UNIT_KINDS).openapi({
  description: 'government (市政府), department (局/委), office (办/室), township (镇街), other.',
});

export const unitSchema = z
  .object({
    id: z.string(),
    jurisdiction_code: z.string(),
    parent_id: z.string().nullable(),
    name: z.string(),
    kind: z.string(),
    sort: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Unit');

export const unitsQuerySchema = z.object({
  jurisdiction: optionalQuery(z.string().max(100)).openapi({
    description: 'A jurisdiction code or name (义乌市); all when absent.',
  }),
});

const unitNameSchema = z.string().trim().min(1, { message: '单位名称不能为空' }).max(100);

export const newUnitBodySchema = z
  .strictObject({
    jurisdiction: z.string().min(1).max(100).openapi({ example: '义乌市' }),
    parent_id: z.string().min(1).max(100).nullable().optional(),
    name: unitNameSchema.openapi({ example: '商务局' }),
    kind: unitKindSchema,
    sort: z.number().int().optional(),
  })
  .openapi('NewUnit');

export const unitChangeBodySchema = z
  .strictObject({
    name: unitNameSchema,
    kind: unitKindSchema,
    parent_id: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .openapi({ description: 'Move under this unit; null: top.' }),
    sort: z.number().int(),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, { message: '没有要修改的内容' })
  .openapi('UnitChange');
