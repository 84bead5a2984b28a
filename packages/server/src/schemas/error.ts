import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '@lantu/core';
import { listEnum } from './closed-enum.js';

/** The one wire format of every failure: core's closed code and a sentence for people. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: listEnum(ERROR_CODES),
      message: z.string().openapi({ example: 'item 42 not found' }),
    }),
  })
  .openapi('Error');

export type ErrorBody = z.infer<typeof errorBodySchema>;
