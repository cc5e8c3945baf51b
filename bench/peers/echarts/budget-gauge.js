// ECharts: a half-circle gauge of realisation against the budget (100% is the end of the coloured band).
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import { box, goalExpenses } from '../shared.js';
import { finished } from './indicator-card.js';

use([GaugeChart, CanvasRenderer]);

export function budgetGauge(container, doc, goalId) {
  const figures = goalExpenses(doc, goalId);
  const max = Math.round(Math.max(1.2, figures.ratio) * 100);
  const chart = init(box(container, 'gauge'));
  const ready = finished(chart);
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'gauge',
        startAngle: 180,
        endAngle: 0,
        min: 0,
        max,
        progress: { show: true, width: 18 },
        axisLine: {
          lineStyle: {
            width: 18,
            color: [
              [100 / max, '#e8e8e8'],
              [1, '#d0d0d0'],
            ],
          },
        },
        pointer: { show: false },
        detail: { formatter: '{value}%' },
        title: { show: false },
        data: [{ value: Math.round(figures.ratio * 100), name: figures.title }],
      },
    ],
  });
  return { ready };
}
