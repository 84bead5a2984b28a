/** Targets and outcomes of one year as grouped bars (lazy-loaded with ECharts). */
import { useEffect, useRef } from 'react';
import { init } from '../indicator/echarts-setup.js';
import type { CompareBars } from './compare-model.js';

export interface CompareChartProps {
  readonly bars: CompareBars;
  readonly labels: { readonly target: string; readonly actual: string };
  readonly description: string;
}

export default function CompareChart({ bars, labels, description }: CompareChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.target, labels.actual] },
      grid: { left: 56, right: 16, top: 40, bottom: 48 },
      xAxis: { type: 'category', data: [...bars.places] },
      yAxis: { type: 'value', name: bars.unit },
      series: [
        {
          name: labels.target,
          type: 'bar',
          data: [...bars.targets],
          itemStyle: { color: '#94a3b8' },
        },
        {
          name: labels.actual,
          type: 'bar',
          data: [...bars.actuals],
          itemStyle: { color: '#1d4ed8' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, labels]);
  return <div ref={container} className="indicator-chart" role="img" aria-label={description} />;
}
