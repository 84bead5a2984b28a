/**
 * `342万`, `1000亿`: a magnitude with no unit word. The base unit comes from
 * what is counted: people for 人口/人才/学生, households for 户, money otherwise
 * for 亿 (trade, output and turnover are what documents count in 亿).
 */
export function baseUnitForBareMagnitude(metric: string, magnitude: string): string | null {
  if (/户/.test(metric)) return '户';
  if (/人口|人才|人员|学生|游客|人数|大学生|劳动力|就业|居民|员工|职工|外商|主播/.test(metric))
    return '人';
  if (/人次/.test(metric)) return '人次';
  if (magnitude.includes('亿')) return '元';
  if (
    /额|收入|产值|投资|总值|贸易|交易|销售|消费|出口|进口|资金|存款|贷款|税|利润|营收|规模|直播|电商/.test(
      metric,
    )
  )
    return '元';
  return null;
}
