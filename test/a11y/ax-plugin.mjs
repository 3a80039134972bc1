// A @web/test-runner command that reads what Chromium itself tells a screen reader: the browser's
// accessibility tree over CDP (`Accessibility.getFullAXTree`), not a re-computation from the DOM.
//
//   executeServerCommand('ax-tree', { selector: '#search' })
//
// answers the subtree under the first element matching `selector` (light DOM; shadow roots are part
// of the tree) as plain nodes: { role, name, description?, value?, states, text?, children }.
// Ignored nodes and unnamed generic wrappers are skipped (their children move up), the way assistive
// technology flattens them. `text` is the visible text under a node (for live regions).

const STATES = ['expanded', 'checked', 'selected', 'pressed', 'disabled', 'focused', 'busy', 'modal', 'required', 'invalid', 'live', 'level'];
const FLATTENED_ROLES = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak']);

async function cdpFor(session) {
  const page = session.browser.getPage(session.id);
  return page.context().newCDPSession(page);
}

function simplify(node, byId) {
  const children = (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => simplify(child, byId));
  const role = node.role?.value ?? '';
  const name = node.name?.value ?? '';
  if (node.ignored || (FLATTENED_ROLES.has(role) && !name)) return children;
  const states = {};
  for (const property of node.properties ?? []) {
    if (STATES.includes(property.name)) states[property.name] = property.value?.value;
  }
  const result = { role, name, states, children };
  if (node.description?.value) result.description = node.description.value;
  if (node.value?.value !== undefined && node.value.value !== '') result.value = String(node.value.value);
  if (role === 'StaticText') return [{ role, name, states: {}, children: [] }];
  const text = textOf(children);
  if (text) result.text = text;
  return [result];
}

function textOf(nodes) {
  return nodes
    .map((node) => (node.role === 'StaticText' ? node.name : (node.text ?? '')))
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function axTree(session, { selector }) {
  const cdp = await cdpFor(session);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
    if (!result.objectId) throw new Error(`ax-tree: nothing matches ${selector}`);
    const { node: domNode } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const root = nodes.find((node) => node.backendDOMNodeId === domNode.backendNodeId);
    if (!root) throw new Error(`ax-tree: ${selector} has no accessibility node`);
    // The root itself is kept even when it is an unnamed generic (a custom element host).
    const children = (root.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => simplify(child, byId));
    return { role: root.role?.value ?? '', name: root.name?.value ?? '', states: {}, text: textOf(children), children };
  } finally {
    await cdp.detach();
  }
}

/** The test-runner plugin: only for Playwright's Chromium, the browser these tests run in. */
export function axTreePlugin() {
  return {
    name: 'sx-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('ax-tree needs the Playwright launcher');
      return axTree(session, payload);
    },
  };
}
