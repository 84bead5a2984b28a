export { SEED_INDICATORS } from './seed-catalog.js';
export {
  createCatalog,
  defaultCatalog,
  extendCatalog,
  type CatalogName,
  type IndicatorCatalog,
} from './catalog.js';
export {
  normaliseMetric,
  metricForms,
  jurisdictionNameForms,
  type MetricForm,
} from './normalise-metric.js';
export { DISCRIMINATORS, discriminatorConflicts, type Discriminator } from './discriminators.js';
export { unitFamilyOf, unitCompatible } from './unit-family.js';
export {
  linkItem,
  DEFAULT_MIN_LINK_CONFIDENCE,
  FUZZY_THRESHOLD,
  MAX_LINKABLE_METRIC_CHARS,
  type IndicatorLink,
  type LinkContext,
  type LinkMatch,
} from './link-item.js';
export { linkJurisdiction, type JurisdictionLink } from './link-jurisdiction.js';
