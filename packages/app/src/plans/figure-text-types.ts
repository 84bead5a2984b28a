import type { Comparator, Item, Observation } from '@lantu/core';

export type { Comparator, Observation };

/** The item fields that number display needs (a StoredItem has them all). */
export type StoredItemLike = Pick<
  Item,
  'value' | 'value_max' | 'base_value' | 'comparator' | 'measure' | 'year' | 'baseline'
>;
