import { createAppContext } from '../app-context.js';
import type { LantuApp } from '../types.js';
import { createFigures, type Figures } from './create-figures.js';

/** Direct figure entry over an open Lantu (same store and clock). */
export function openFigures(lantu: LantuApp): Figures {
  return createFigures(createAppContext(lantu.store, lantu.asOf));
}
