/** A place with a government: 义乌市 ⊂ 金华市 ⊂ 浙江省 ⊂ 全国. */
export interface Jurisdiction {
  /** Stable slug, e.g. `cn`, `cn-zj`, `cn-zj-jh`, `cn-zj-jh-yw`. */
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly level: 'country' | 'province' | 'prefecture' | 'county' | 'other';
  readonly parent_code: string | null;
  /** The official GB/T 2260 administrative division code (义乌市 330782), when known. */
  readonly gb_code?: string | null;
}

/** Review state of a read item: what a person has said about it. */
export type ReviewState = 'extracted' | 'confirmed' | 'corrected' | 'rejected';
export const REVIEW_STATES: readonly ReviewState[] = [
  'extracted',
  'confirmed',
  'corrected',
  'rejected',
];
