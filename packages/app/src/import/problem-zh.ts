/**
 * The import's row problems in Chinese, for the web app's preview. The readers word their
 * problems in English for the CLI and logs; each known shape is put into Chinese here, and
 * an unknown one is shown as it is (never dropped), so a new message is still readable.
 */
const PATTERNS: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^column "(.+)" appears twice$/u, (c) => `列“${c}”出现了两次`],
  [
    /^no "(indicator|jurisdiction|value)" column \((.+)\)$/u,
    (c, names) => `缺少“${COLUMN_ZH[c] ?? c}”列（可用表头：${names}）`,
  ],
  [/^no "period" or "year" column$/u, () => '缺少“时期”或“年份”列'],
  [/^no data rows under the header$/u, () => '表头下没有数据行'],
  [/^no jurisdiction$/u, () => '未填写地区'],
  [/^unknown jurisdiction: (.+)$/u, (t) => `地区无法识别：${t}`],
  [/^unknown jurisdiction "(.+)"$/u, (t) => `地区“${t}”无法识别`],
  [/^no indicator$/u, () => '未填写指标'],
  [/^unknown indicator "(.+)"$/u, (t) => `指标“${t}”无法识别`],
  [/^unknown measure "(.+)" \(.*\)$/u, (t) => `口径“${t}”无法识别（可填：水平、增长、下降、排名）`],
  [/^no value$/u, () => '未填写数值'],
  [/^value "(.+)" is not a number$/u, (t) => `数值“${t}”不是数字`],
  [
    /^period "(.+)" must run from an earlier to a later year$/u,
    (t) => `时期“${t}”的起始年份须早于结束年份`,
  ],
  [/^year "(.+)" is not a four-digit year$/u, (t) => `年份“${t}”不是四位数年份`],
  [/^period "(.+)" and year "(.+)" disagree$/u, (p, y) => `时期“${p}”与年份“${y}”不一致`],
  [
    /^period "(.+)" is not a year.*$/u,
    (t) => `时期“${t}”无法识别（如2025、2025H1、2025Q1-Q3、2021-2025）`,
  ],
  [/^unknown unit "(.+)"$/u, (t) => `单位“${t}”无法识别`],
  [/^no unit: give % for a growth rate.*$/u, () => '未填写单位：增速请填“%”，变化量请填其单位'],
  [
    /^no unit: (.+) is kept in (.+);.*$/u,
    (name, unit) => `未填写单位：${name}以“${unit}”计，请填写单位（亿元、万人等）`,
  ],
  [
    /^unit "(.+)" does not fit (.+) \((.+)\) as a (.+)$/u,
    (unit, name) => `单位“${unit}”与指标“${name}”不符`,
  ],
];

const COLUMN_ZH: Readonly<Record<string, string>> = {
  indicator: '指标',
  jurisdiction: '地区',
  value: '数值',
};

/** One problem in Chinese (a `growth: ` prefix names the growth column). */
export function problemZh(message: string): string {
  const growth = message.startsWith('growth: ');
  const text = growth ? message.slice('growth: '.length) : message;
  for (const [pattern, words] of PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null) return `${growth ? '增速列：' : ''}${words(...match.slice(1))}`;
  }
  return message;
}
