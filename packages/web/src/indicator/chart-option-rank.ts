/** A rank as readers say it: 第2位 (zh), 2nd (en). Shared by charts and tables. */
import { formatRank } from '../format/number.js';

export function rankLabel(value: number, lang: 'zh' | 'en' = 'zh'): string {
  return formatRank(value, lang);
}
