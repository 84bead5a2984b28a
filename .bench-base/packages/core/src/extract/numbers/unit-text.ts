import { baseValueOf } from './scan-quantities.js';
import { MAGNITUDE_WORDS, UNIT_WORDS, magnitudeOf, unitInfo, type UnitInfo } from './units.js';

/**
 * Base unit and factor of a unit written on its own, as a statistical table's unit
 * column or header gives it (`亿元`, `万人`, `%`, `平方公里`, `万亿元`, `亿`), by the same
 * rules the reading grammar applies after a number. Full-width forms are folded first
 * (`％` → `%`). Returns null for text that is not a known unit, with or without a
 * magnitude, so callers can report it instead of storing a figure in an unknown scale.
 * An empty string is a plain number: no base unit, factor 1.
 */
export function parseUnitText(text: string): UnitInfo | null {
  const unit = text.normalize('NFKC').replace(/\s+/gu, '');
  if (unit === '') return { base: null, factor: 1 };
  if (UNIT_WORDS.includes(unit)) return unitInfo('', unit);
  // MAGNITUDE_WORDS is longest first, so 万亿元 splits as 万亿 + 元, not 万 + 亿元.
  for (const magnitude of MAGNITUDE_WORDS) {
    if (!unit.startsWith(magnitude)) continue;
    const rest = unit.slice(magnitude.length);
    if (rest === '') return { base: null, factor: magnitudeOf(magnitude) ?? 1 };
    if (UNIT_WORDS.includes(rest)) return unitInfo(magnitude, rest);
  }
  return null;
}

/**
 * `value × factor` in base units, rounded exactly as the reading grammar rounds its
 * quantities, so that one figure read from a table and from a document compares equal
 * (claim checks compare values exactly).
 */
export function toBaseValue(value: number, factor: number): number {
  return baseValueOf({ value, factor });
}
