/** Everything drawn for one expansion of the tree. */
import { boxWidthFor, layoutTree, type Box, type Orientation, type TreeLayout } from './tree-layout.js';
import { columnsOf, crossLinkRoute, roundedPath } from './tree-links.js';
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
  const visible = visibleNodes(model, expanded);
  const linked = crossLinks(model, expanded);
  // The columns the routes keep clear of, built with the view when it has cross-links (a pass over the visible
  // nodes: 2-5 ms for 5,000), not when the first link is drawn: that is a key press, with a 16 ms budget.
  const columns =
    linked.length > 0
      ? columnsOf(
          visible.nodes.map((node): [Box, number] => [boxes.get(node.id)!, node.depth]),
          orientation,
        )
      : undefined;
  const linkCount = new Map<string, number>();
  const links = linked.map((link) => {
    for (const id of [link.source, link.target]) linkCount.set(id, (linkCount.get(id) ?? 0) + 1);
    let d: string | undefined;
    return {
      ...link,
      key: `${link.source}>${link.target}`,
      get d() {
        const [from, to] = [link.source, link.target];
        return (d ??= roundedPath(
          crossLinkRoute(boxes.get(from)!, depth(from), boxes.get(to)!, depth(to), columns!, orientation),
        ));
      },
    };
  });
  return { visible, layout, crossLinks: links, linkCount };
}
