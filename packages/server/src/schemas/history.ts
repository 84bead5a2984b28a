import { z } from '@hono/zod-openapi';
import type { LantuApp } from '@lantu/app';

/** The store's JSON column type (readonly JSON), named through the app's contract. */
type HistoryJson = Awaited<ReturnType<LantuApp['itemHistory']>>[number]['before'];

/** The changed fields of an entity, field → value; not validated, only described. */
const changedFieldsSchema = z
  .custom<HistoryJson>(() => true)
  .openapi({
    type: ['object', 'null'],
    additionalProperties: true,
    description: 'The changed fields (field → value); null for a creation.',
  });

/** One append-only audit entry (store's HistoryEntry). */
export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    entity: z.enum([
      'document',
      'item',
      'unit',
      'user',
      'assignment',
      'report',
      'notice',
      'observation',
    ]),
    entity_id: z.string(),
    action: z.string().openapi({ example: 'correct' }),
    actor: z.string().openapi({ description: 'The name of who made the change.' }),
    actor_id: z
      .string()
      .nullable()
      .openapi({ description: "The signed-in user's id; null for a tool (CLI, linker)." }),
    at: z.string(),
    before: changedFieldsSchema,
    after: changedFieldsSchema,
  })
  .openapi('HistoryEntry');
