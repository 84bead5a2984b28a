/** A rank as readers say it: 第2位 (zh), No. 2 (en). Shared by charts and tables. */
export function rankLabel(value: number, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'zh' ? `第${value}位` : `No. ${value}`;
}
