/**
 * The indicator chart (lazy-loaded with ECharts). Clicking an actual point opens its source;
 * the same figures and links are in the table under the chart for keyboard and screen-reader
 * users, since a chart is not reachable by either.
 */
import { useEffect, useRef } from 'react';
import { buildChartOption, type ChartLabels } from './chart-option.js';
import type { ActualPoint, ChartModel } from './chart-model.js';
import { init } from './echarts-setup.js';

export interface IndicatorChartProps {
  readonly model: ChartModel;
  readonly labels: ChartLabels;
  /** What the chart shows, for screen readers (the chart itself is one image to them). */
  readonly description: string;
  readonly onPointClick: (point: ActualPoint) => void;
  readonly lang?: 'zh' | 'en';
}

export default function IndicatorChart({
  model,
  labels,
  description,
  onPointClick,
  lang = 'zh',
}: IndicatorChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onPointClick);
  useEffect(() => {
    clickRef.current = onPointClick;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption(buildChartOption(model, labels, lang));
    chart.on('click', (params) => {
      if (params.seriesId !== 'actual' || typeof params.name !== 'string') return;
      const point = model.actual.find((p) => String(p.year) === params.name);
      if (point) clickRef.current(point);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [model, labels, lang]);

  return (
    <div
      ref={container}
      className="indicator-chart"
      data-testid="indicator-chart"
      role="img"
      aria-label={description}
    />
  );
}
