/** Everything drawn for one expansion of the tree. */
import { boxWidthFor, crossLinkPath, layoutTree, type Orientation, type TreeLayout } from './tree-layout.js';
import {
  crossLinks,
  visibleNodes,
  type CrossLink,
  type TreeModel,
  type TreeNode,
  type VisibleList,
} from './tree-model.js';

export interface TreeView {
  visible: VisibleList;
  layout: TreeLayout;
  crossLinks: Array<CrossLink & { key: string; d: string }>;
}

const boxWidths = new WeakMap<TreeModel, number>();

/** One box width per tree: the longest word of any title fits whole (computed once per model). */
function modelBoxWidth(model: TreeModel): number {
  let width = boxWidths.get(model);
  if (width === undefined) {
    width = boxWidthFor(model.nodes.map((node) => node.title));
    boxWidths.set(model, width);
  }
  return width;
}

/** Everything drawn for one expansion: the visible nodes, their boxes and links, and the cross-links. */
export function treeView(
  model: TreeModel,
  expanded: ReadonlySet<string>,
  orientation: Orientation,
  height: (node: TreeNode) => number,
): TreeView {
  const layout = layoutTree(
    model.root,
    {
      id: (node) => node.id,
      children: (node) => (expanded.has(node.id) ? node.children : undefined),
      height,
      width: modelBoxWidth(model),
    },
    orientation,
  );
  const links = crossLinks(model, expanded).map((link) => ({
    ...link,
    key: `${link.source}>${link.target}`,
    d: crossLinkPath(layout.boxes.get(link.source)!, layout.boxes.get(link.target)!, orientation),
  }));
  return { visible: visibleNodes(model, expanded), layout, crossLinks: links };
}
