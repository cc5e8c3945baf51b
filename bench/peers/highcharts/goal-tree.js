// Highcharts: the treegraph series (modules treemap + treegraph), collapsible nodes.
import Highcharts from 'highcharts/esm/highcharts.src.js';
import 'highcharts/esm/modules/treemap.src.js';
import 'highcharts/esm/modules/treegraph.src.js';
import { box, flatTree, treeRoot } from '../shared.js';
import { common } from './indicator-card.js';

export function goalTree(container, doc, treeId) {
  const nodes = flatTree(treeRoot(doc, treeId));
  const chart = Highcharts.chart(box(container, 'tree'), {
    ...common,
    chart: { animation: false, inverted: false },
    title: { text: undefined },
    series: [
      {
        type: 'treegraph',
        animation: false,
        data: nodes.map((node) => ({ id: node.id, parent: node.parent, name: node.title })),
        marker: { radius: 4 },
        dataLabels: { style: { fontSize: '10px', textOutline: 'none' }, crop: false },
      },
    ],
  });
  return {
    ready: Promise.resolve(),
    toggle(id) {
      chart.get(id).toggleCollapse();
      return Promise.resolve();
    },
  };
}
