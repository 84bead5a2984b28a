export {
  analyseTarget,
  DEFAULT_MARGIN,
  type Closeness,
  type Outlook,
  type TargetAnalysis,
  type TargetTerms,
  type YearFigure,
} from './project-target.js';
export { analysisSentenceEn, analysisSentenceZh } from './analysis-words.js';
