import { z } from '@hono/zod-openapi';
import { optionalQuery } from './query.js';
import { scorecardQuerySchema } from './scorecard.js';

/** The scorecard's filters plus the screen's order, so a download reads like the page. */
export const exportQuerySchema = scorecardQuerySchema.extend({
  sort: optionalQuery(z.enum(['status', 'year', 'progress', 'document', 'metric'])),
  direction: optionalQuery(z.enum(['asc', 'desc'])),
});
