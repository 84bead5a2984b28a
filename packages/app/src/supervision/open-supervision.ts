import { createAppContext } from '../app-context.js';
import type { LantuApp } from '../types.js';
import { createSupervision } from './create-supervision.js';
import type { Supervision, SupervisionOptions } from './types.js';

/** The people loop's use cases over an open Lantu (same store and clock). */
export function openSupervision(lantu: LantuApp, options: SupervisionOptions = {}): Supervision {
  return createSupervision(createAppContext(lantu.store, lantu.asOf), options);
}
