import { z } from '@hono/zod-openapi';
import { storedObservationSchema } from './observation.js';
import { filePart } from './supervision.js';

/** A figure entered by hand, with the indicator's name for lists. */
export const enteredFigureSchema = storedObservationSchema
  .extend({ indicator_name: z.string() })
  .openapi('EnteredFigure');

const figureFields = {
  period: z
    .string()
    .min(1)
    .max(20)
    .openapi({ description: '`2025`, `2025-H1`, `2025-Q3`, `2025-M05`', example: '2025' }),
  value: z.number(),
  unit: z.string().max(50),
  note: z.string().max(2000).openapi({ description: 'Where the figure comes from (统计公报 …)' }),
};

export const newFigureSchema = z
  .object({ item_id: z.string().min(1).max(100), ...figureFields })
  .openapi('NewFigure');

export const figureCorrectionSchema = z.object(figureFields).openapi('FigureCorrection');

export const figureImportFormSchema = z.object({
  file: filePart,
  /** `preview` checks every row and stores nothing; `commit` stores all rows or none. */
  mode: z.enum(['preview', 'commit']).default('preview'),
});

export const figureImportResultSchema = z
  .object({
    fileName: z.string(),
    imported: z.number().int(),
    skipped: z.number().int().optional(),
    dryRun: z.boolean().optional(),
    errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
    rows: z
      .array(
        z.object({
          row: z.number().int(),
          accepted: z.boolean(),
          figures: z.number().int(),
          reasons: z.array(z.string()),
        }),
      )
      .optional(),
  })
  .openapi('FigureImportResult');
