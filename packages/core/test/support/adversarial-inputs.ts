/**
 * Hostile inputs for the reading grammar, sized in UTF-8 bytes: one module so
 * the robustness test (does it survive?) and bench/worst-case.ts (how fast?)
 * feed the grammar exactly the same strings. Deterministic: no Math.random.
 */

/** One mebibyte, the unit all sizes here are given in. */
export const MB = 1024 * 1024;

export interface AdversarialCase {
  readonly name: string;
  /** A string of at most `bytes` UTF-8 bytes (as close as the unit allows). */
  readonly build: (bytes: number) => string;
}

const encoder = new TextEncoder();

/** UTF-8 size of a string. */
export function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

/** `unit` repeated as often as fits in `bytes`. */
export function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(Math.floor(bytes / Math.max(1, utf8Bytes(unit))));
}

/** `depth` openers then `depth` closers: `（（（…）））`. */
export function nested(open: string, close: string, depth: number): string {
  return open.repeat(depth) + close.repeat(depth);
}

/** A small deterministic generator (LCG), enough to vary digits and phrases. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** Random digits 0-9, no separators: one endless "number". */
export function randomDigits(bytes: number, seed = 1): string {
  const next = lcg(seed);
  const out: string[] = [];
  for (let i = 0; i < bytes; i++) out.push(String(Math.floor(next() * 10)));
  return out.join('');
}

const PHRASES = [
  (n: string) => `全市生产总值达到${n}亿元以上`,
  (n: string) => `年均增长${n}%左右`,
  (n: string) => `到${n}年基本建成“${n}”工程`,
  (n: string) => `（${n}）新增${n}万人次`,
  (n: string) => `比2020年提高${n}个百分点`,
  (n: string) => `居全省第${n}位`,
  (n: string) => `${n}.打造十大行动、八个典范`,
  (n: string) => `控制在${n}-${n}%以内`,
];

/**
 * Plan-like clauses full of numbers, years, quotes and brackets, joined by
 * Chinese punctuation and never by a newline: a whole document as one line.
 */
export function numericLine(bytes: number, seed = 7): string {
  const next = lcg(seed);
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const phrase = PHRASES[Math.floor(next() * PHRASES.length)] ?? PHRASES[0];
    const n = String(Math.floor(next() * 100_000) / (next() < 0.3 ? 10 : 1));
    const clause = `${phrase?.(n) ?? ''}${next() < 0.5 ? '，' : '；'}`;
    const clauseBytes = utf8Bytes(clause);
    if (size + clauseBytes > bytes) break;
    size += clauseBytes;
    parts.push(clause);
  }
  // Pad with digits to the exact size, still on one line.
  return parts.join('') + '0'.repeat(bytes - size);
}

/** Lines that are nothing but list markers: an outline with no text. */
export function markerLines(bytes: number): string {
  return repeatToBytes('一、\n（一）\n25.\n## \n● \n——\n1 \n', bytes);
}

/** The adversarial inputs the worst-case benchmark times and the robustness test runs. */
export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  { name: 'random digits', build: (b) => randomDigits(b) },
  { name: "one char '一'", build: (b) => repeatToBytes('一', b) },
  { name: "one char '1'", build: (b) => repeatToBytes('1', b) },
  { name: "one char '\\n'", build: (b) => repeatToBytes('\n', b) },
  { name: 'nested （…）', build: (b) => nested('（', '）', Math.floor(b / 6)) },
  { name: 'nested “…”', build: (b) => nested('“', '”', Math.floor(b / 6)) },
  { name: 'one line, no newline', build: (b) => numericLine(b) },
  { name: 'list markers only', build: (b) => markerLines(b) },
];

/**
 * The fixed inputs of the robustness test, by name: every adversarial case at
 * 1 MB, plus nesting exactly 100,000 deep. Named so a child process can
 * rebuild an input from its name instead of receiving a megabyte.
 */
export const FIXED_INPUTS: ReadonlyMap<string, () => string> = new Map([
  ...ADVERSARIAL_CASES.map((c) => [`1 MB of ${c.name}`, () => c.build(MB)] as const),
  ['100k-deep （…）', () => nested('（', '）', 100_000)],
  ['100k-deep “…”', () => nested('“', '”', 100_000)],
  ['100k-deep (…)', () => nested('(', ')', 100_000)],
]);
