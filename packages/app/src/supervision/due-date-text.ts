/**
 * A 完成时限 as people write it in a 任务分解表 → YYYY-MM-DD, or null: `2026-12-31`,
 * `2026/6/30`, `2026.6.30`, `2026年6月30日`, `2026年6月` and `2026年6月底` (the month's last
 * day), `2026年底` / `2026年` (31 December), an Excel serial day number (46022).
 */
export function dueDateText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  const day = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(t);
  if (day !== null) return iso(Number(day[1]), Number(day[2]), Number(day[3]));
  const month = /^(\d{4})[-/.年](\d{1,2})月?(?:底|末)?$/u.exec(t);
  if (month !== null) return iso(Number(month[1]), Number(month[2]), 0);
  const year = /^(\d{4})年(?:底|末)?$/u.exec(t);
  if (year !== null) return iso(Number(year[1]), 12, 31);
  if (/^\d{5}$/u.test(t)) {
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
    return new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** A valid calendar date as ISO text; day 0 means the month's last day. */
function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day === 0 ? last : day;
  if (d < 1 || d > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
