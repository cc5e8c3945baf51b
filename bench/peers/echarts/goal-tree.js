// ECharts: a left-to-right tree with collapsible nodes. ECharts has no keyboard navigation between tree nodes.
import { init, use } from 'echarts/core';
import { TreeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import { box, flatTree, treeRoot } from '../shared.js';
import { finished } from './indicator-card.js';

use([TreeChart, CanvasRenderer]);

function toData(node) {
  const children = node.children ?? [];
  return children.length > 0 ? { name: node.title, children: children.map(toData) } : { name: node.title };
}

export function goalTree(container, doc, treeId) {
  const root = treeRoot(doc, treeId);
  // ECharts numbers tree nodes in depth-first pre-order, after a virtual root of its own (index 0).
  const nodes = flatTree(root);
  const dataIndex = new Map(nodes.map((node, index) => [node.id, index + 1]));
  const chart = init(box(container, 'tree'));
  const ready = finished(chart);
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'tree',
        data: [toData(root)],
        orient: 'LR',
        initialTreeDepth: -1,
        expandAndCollapse: true,
        symbolSize: 7,
        label: { position: 'left', fontSize: 11 },
        leaves: { label: { position: 'right' } },
      },
    ],
  });
  return {
    ready,
    toggle(id) {
      // The bench checks that pre-order is ECharts' numbering (getModel is not public API; used only here).
      const index = dataIndex.get(id);
      const node = chart.getModel().getSeriesByIndex(0).getData().tree.getNodeByDataIndex(index);
      if (node.name !== nodes[index - 1].title) throw new Error(`ECharts node ${index} is not ${id}`);
      const done = finished(chart);
      chart.dispatchAction({ type: 'treeExpandAndCollapse', seriesIndex: 0, dataIndex: dataIndex.get(id) });
      return done;
    },
  };
}
