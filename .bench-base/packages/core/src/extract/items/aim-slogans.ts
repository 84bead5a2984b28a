/**
 * Headline phrases inside a list of aims (`创新驱动取得全新成就`, `改革开放取得新突破`,
 * `民生福祉得到改善`): slogans, not dated commitments anyone could check, so neither reader
 * of numberless aims (target-list-aims.ts, aim-list-milestones.ts) reads them as milestones.
 */
export const AIM_SLOGAN =
  /取得|进入|迈上|迈出|开创|开启|谱写|彰显|实现新|得到改善|新跨越|新台阶|新进展|新突破|新成就|新篇章|升级$/u;
