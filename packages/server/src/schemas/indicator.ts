import { z } from '@hono/zod-openapi';
import type { Polarity, UnitFamily } from '@lantu/core';
import { closedEnum } from './closed-enum.js';
import { list } from './list.js';

const unitFamilySchema = closedEnum<UnitFamily>({
  currency: true,
  percent: true,
  count: true,
  people: true,
  area: true,
  mass: true,
  volume: true,
  length: true,
  duration: true,
  energy: true,
  rank: true,
  index: true,
  other: true,
});

const polaritySchema = closedEnum<Polarity>({
  'higher-is-better': true,
  'lower-is-better': true,
  'target-is-best': true,
});

/** A canonical indicator of the catalog (core's Indicator). */
export const indicatorSchema = z
  .object({
    code: z.string().openapi({ example: 'gdp' }),
    name_zh: z.string().openapi({ example: '地区生产总值' }),
    name_en: z.string(),
    aliases: list(z.string()),
    unit_family: unitFamilySchema,
    base_unit: z.string().nullable(),
    polarity: polaritySchema,
  })
  .openapi('Indicator');

/** The names of an indicator, as scorecard rows carry them. */
export const indicatorNameSchema = indicatorSchema
  .pick({ code: true, name_zh: true, name_en: true })
  .openapi('IndicatorName');
