/** Reading Chromium's accessibility tree from a test (the `ax-tree` command of test/a11y/ax-plugin.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  /** expanded, checked, selected, pressed, disabled, focused, busy, modal, required, invalid, live, level */
  states: Record<string, string | number | boolean | undefined>;
  /** The text under the node, as a screen reader reads a live region. */
  text?: string;
  children: AxNode[];
}

/** The accessibility subtree under the first element matching `selector` (light DOM). */
export function axTree(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector });
}

export function findAll(node: AxNode, role: string, name?: string | RegExp): AxNode[] {
  const matches = (candidate: AxNode) =>
    candidate.role === role && (name === undefined || (typeof name === 'string' ? candidate.name === name : name.test(candidate.name)));
  return [...(matches(node) ? [node] : []), ...node.children.flatMap((child) => findAll(child, role, name))];
}

/** The one node of `role` (and `name`); fails with what the tree holds instead. */
export function findOne(node: AxNode, role: string, name?: string | RegExp): AxNode {
  const found = findAll(node, role, name);
  if (found.length !== 1) throw new Error(`expected one ${role} ${name ?? ''}, found ${found.length} in:\n${outline(node)}`);
  return found[0]!;
}

/** The tree as a screen reader user would hear it, one line per node: `combobox "Search for help" expanded=true`. */
export function outline(node: AxNode, depth = 0): string {
  const states = Object.entries(node.states)
    .filter(([key, value]) => value !== undefined && value !== false && !(key === 'live' && value === 'off'))
    .map(([key, value]) => (value === true ? key : `${key}=${value}`));
  const line = [
    '  '.repeat(depth) + node.role,
    node.name ? JSON.stringify(node.name) : '',
    node.description ? `(${node.description})` : '',
    ...states,
  ]
    .filter(Boolean)
    .join(' ');
  const children = node.role === 'StaticText' ? [] : node.children.map((child) => outline(child, depth + 1));
  return [line, ...children].join('\n');
}

/** What the polite live regions (role=status) under the node say now. */
export function liveText(node: AxNode): string[] {
  return findAll(node, 'status').map((status) => status.text ?? '');
}
