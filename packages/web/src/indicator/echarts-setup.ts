/**
 * The ECharts build the app uses: the core with only the line and bar charts, grid, tooltip, legend
 * and the SVG renderer (crisp in screenshots, text selectable). Imported only by the
 * lazily loaded chart, so none of it is in the first-load bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
// Renamed: ECharts' `use` registers chart parts; it is not React's `use` hook.
import { init, use as registerParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerParts([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
