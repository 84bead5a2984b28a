/**
 * What kind of office a unit (部门) is. Governments list their offices in this order:
 * the government itself (市政府), its departments (发改局, 商务局, 统计局), offices such as
 * the supervision office (督查室), towns and streets (镇街), and anything else.
 */
export const UNIT_KINDS = ['government', 'department', 'office', 'township', 'other'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];
