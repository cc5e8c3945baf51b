/** Everything drawn for one expansion of the tree. */
import { boxWidthFor, layoutTree, type Orientation, type TreeLayout } from './tree-layout.js';
import { columnsOf, crossLinkRoute, roundedPath, type Columns } from './tree-links.js';
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
  /** The cross-links; a path (`d`) is routed when first read: only those of the node in use are drawn. */
  crossLinks: Array<CrossLink & { key: string; readonly d: string }>;
  /** How many cross-links each visible node has, both ways (nodes without any are absent). */
  linkCount: Map<string, number>;
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
  const { boxes } = layout;
  const depth = (id: string) => model.byId.get(id)!.depth;
  let columns: Columns | undefined;
  const linkCount = new Map<string, number>();
  const links = crossLinks(model, expanded).map((link) => {
    for (const id of [link.source, link.target]) linkCount.set(id, (linkCount.get(id) ?? 0) + 1);
    let d: string | undefined;
    return {
      ...link,
      key: `${link.source}>${link.target}`,
      get d() {
        if (d !== undefined) return d;
        columns ??= columnsOf(
          [...boxes].map(([id, box]) => [box, depth(id)]),
          orientation,
        );
        const [from, to] = [link.source, link.target];
        return (d = roundedPath(
          crossLinkRoute(boxes.get(from)!, depth(from), boxes.get(to)!, depth(to), columns, orientation),
        ));
      },
    };
  });
  return { visible: visibleNodes(model, expanded), layout, crossLinks: links, linkCount };
}
