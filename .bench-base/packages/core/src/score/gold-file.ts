import { LantuError } from '../errors.js';
import type { Framework, FrameworkPart } from '../model/framework.js';
import {
  COMPARATORS,
  ITEM_KINDS,
  MEASURES,
  type Baseline,
  type Comparator,
  type Item,
  type ItemKind,
  type Measure,
} from '../model/item.js';
import type { OutlineEntry } from '../model/outline.js';

/** A gold item: an `Item` whose `section` may be absent, plus the labeller's note. */
export interface GoldItem extends Omit<Item, 'section'> {
  readonly section?: number | null;
  readonly note?: string;
  readonly occurrence?: number;
}

export interface GoldOutlineEntry extends OutlineEntry {
  readonly note?: string;
}

/** A gold framework; `occurrence` says which mention was taken when a name repeats. */
export interface GoldFramework extends Framework {
  readonly note?: string;
  readonly occurrence?: number;
}

/** One gold reading: the hand-made answer for one corpus file. */
export interface GoldFile {
  readonly file: string;
  readonly horizon: number | null;
  readonly outline: readonly GoldOutlineEntry[];
  readonly items: readonly GoldItem[];
  readonly frameworks: readonly GoldFramework[];
}

/**
 * Checks parsed JSON against the gold shape and returns it typed. Throws
 * LantuError INPUT_INVALID naming the first bad path (`items[3].year`), so a
 * typo in a hand-edited gold file is found at once rather than scored as a miss.
 */
export function parseGoldFile(json: unknown, source = 'gold'): GoldFile {
  const root = new Fields(json, source);
  return {
    file: root.string('file'),
    horizon: root.numberOrNull('horizon'),
    outline: root.list('outline').map(parseOutlineEntry),
    items: root.list('items').map(parseItem),
    frameworks: root.list('frameworks').map(parseFramework),
  };
}

function parseOutlineEntry(f: Fields): GoldOutlineEntry {
  return {
    level: f.number('level'),
    label: f.string('label'),
    title: f.string('title'),
    start: f.number('start'),
    end: f.number('end'),
    ...f.optionalNote(),
  };
}

function parseItem(f: Fields): GoldItem {
  const section = f.has('section') ? { section: f.numberOrNull('section') } : {};
  const occurrence = f.has('occurrence') ? { occurrence: f.number('occurrence') } : {};
  return {
    kind: f.oneOf<ItemKind>('kind', ITEM_KINDS),
    metric: f.string('metric'),
    measure: f.oneOfOrNull<Measure>('measure', MEASURES),
    comparator: f.oneOfOrNull<Comparator>('comparator', COMPARATORS),
    value: f.numberOrNull('value'),
    value_max: f.numberOrNull('value_max'),
    unit: f.stringOrNull('unit'),
    base_value: f.numberOrNull('base_value'),
    base_unit: f.stringOrNull('base_unit'),
    year: f.numberOrNull('year'),
    period: f.stringOrNull('period'),
    recurring: f.boolean('recurring'),
    baseline: f.objectOrNull('baseline', parseBaseline),
    scope: f.stringOrNull('scope'),
    text: f.string('text'),
    start: f.number('start'),
    end: f.number('end'),
    ...section,
    ...occurrence,
    ...f.optionalNote(),
  };
}

function parseBaseline(f: Fields): Baseline {
  return {
    value: f.numberOrNull('value'),
    unit: f.stringOrNull('unit'),
    year: f.numberOrNull('year'),
  };
}

function parseFramework(f: Fields): GoldFramework {
  const occurrence = f.has('occurrence') ? { occurrence: f.number('occurrence') } : {};
  return {
    name: f.string('name'),
    text: f.string('text'),
    parts: f.list('parts').map(parsePart),
    start: f.number('start'),
    end: f.number('end'),
    ...occurrence,
    ...f.optionalNote(),
  };
}

function parsePart(f: Fields): FrameworkPart {
  const items = f.list('items', (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    return value;
  });
  return { count: f.number('count'), label: f.string('label'), items };
}

/** Typed access to the fields of one JSON object, failing with its path. */
class Fields {
  private readonly obj: Readonly<Record<string, unknown>>;

  constructor(
    value: unknown,
    private readonly path: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(path, 'an object', value);
    }
    this.obj = value as Record<string, unknown>;
  }

  has(key: string): boolean {
    return key in this.obj;
  }

  string(key: string): string {
    const v = this.obj[key];
    if (typeof v !== 'string') fail(this.at(key), 'a string', v);
    return v;
  }

  stringOrNull(key: string): string | null {
    const v = this.obj[key];
    if (v === null) return null;
    if (typeof v !== 'string') fail(this.at(key), 'a string or null', v);
    return v;
  }

  number(key: string): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(this.at(key), 'a number', v);
    return v;
  }

  numberOrNull(key: string): number | null {
    const v = this.obj[key];
    if (v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(this.at(key), 'a number or null', v);
    return v;
  }

  boolean(key: string): boolean {
    const v = this.obj[key];
    if (typeof v !== 'boolean') fail(this.at(key), 'a boolean', v);
    return v;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.obj[key];
    if (!allowed.includes(v as T)) fail(this.at(key), `one of ${allowed.join(' ')}`, v);
    return v as T;
  }

  oneOfOrNull<T extends string>(key: string, allowed: readonly T[]): T | null {
    return this.obj[key] === null ? null : this.oneOf(key, allowed);
  }

  objectOrNull<T>(key: string, parse: (f: Fields) => T): T | null {
    const v = this.obj[key];
    return v === null ? null : parse(new Fields(v, this.at(key)));
  }

  list<T = Fields>(key: string, parse?: (value: unknown, path: string) => T): T[] {
    const v = this.obj[key];
    const path = this.at(key);
    if (!Array.isArray(v)) fail(path, 'an array', v);
    const each = parse ?? ((value: unknown, p: string) => new Fields(value, p) as T);
    return v.map((value: unknown, i) => each(value, `${path}[${i}]`));
  }

  optionalNote(): { note?: string } {
    return this.has('note') ? { note: this.string('note') } : {};
  }

  private at(key: string): string {
    return `${this.path}.${key}`;
  }
}

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : JSON.stringify(got);
  throw new LantuError('INPUT_INVALID', `${path}: expected ${expected}, got ${shown}`);
}
