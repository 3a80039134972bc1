// A rollup plugin for the CDN build: collapses the whitespace and comments inside Lit's `css` and
// `html`/`svg` tagged templates, which terser leaves as written (indentation is most of their
// bytes). Only what cannot change what a page shows or does:
// - css: comments go; a run of whitespace becomes one space, and none beside `{ } ; ,` or after
//   `:`/`(` or before `)`; the `;` before `}` goes. Strings are kept verbatim; never removed before
//   `:` (`a :hover` is not `a:hover`) or beside `+ - * /` (`calc(1px + 2px)` needs them).
// - html: a run of whitespace in text becomes ONE space (never none: `<b>a</b> <i>b</i>` keeps its
//   space); inside a tag, runs between attributes become one space and none before `>`. Quoted
//   attribute values, comments and the content of <pre>, <textarea>, <script>, <style> are kept
//   verbatim.
// Bound expressions (`${…}`) are never touched: each stays where it was, between the same strings.
// A template whose text holds a backslash (an escape) is left as it is.
import MagicString from 'magic-string';

const LIT_MODULES = /^lit(\/static-html(\.js)?)?$|^lit-html(\/|$)|^lit-element(\/|$)|^@lit\/reactive-element(\/|$)/;
const KINDS = { css: 'css', html: 'html', svg: 'html' };
// Stands for a bound expression while a template is minified: no template text can hold it.
const HOLE = '\u0000';

/** @returns {import('rollup').Plugin} */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\b(css|html|svg)\b/.test(code) || !/\.m?js$/.test(id)) return null;
      const result = minifyModuleLiterals(code, this.parse(code));
      if (!result) return null;
      return { code: result.toString(), map: result.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}

/** The local names a module binds to Lit's `css`/`html`/`svg` (aliases included): name → kind. */
function litTags(program) {
  const tags = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      const kind = specifier.type === 'ImportSpecifier' ? KINDS[specifier.imported.name ?? specifier.imported.value] : undefined;
      if (kind) tags.set(specifier.local.name, kind);
    }
  }
  return tags;
}

/**
 * Lit's own modules define the tags (`const html = …`) rather than import them; their templates
 * are already minified, so only modules that import the tags are changed.
 * @returns {MagicString | undefined} undefined when nothing changed.
 */
export function minifyModuleLiterals(code, program) {
  const tags = litTags(program);
  if (!tags.size) return undefined;
  const edits = new MagicString(code);
  let changed = false;
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const quasis = node.quasi.quasis;
    const raw = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    const minified = minifyTemplate(raw, kind);
    if (!minified) return;
    quasis.forEach((quasi, index) => {
      if (minified[index] === raw[index]) return;
      changed = true;
      if (minified[index] === '') edits.remove(quasi.start, quasi.end);
      else edits.overwrite(quasi.start, quasi.end, minified[index]);
    });
  });
  return changed ? edits : undefined;
}

/** Every node of an ESTree, depth first (templates nest inside templates' expressions). */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

/**
 * @param {string[]} strings the template's raw strings, as in the source
 * @param {'css' | 'html'} kind
 * @returns {string[] | undefined} as many strings, minified; undefined to leave the template alone
 */
export function minifyTemplate(strings, kind) {
  const joined = strings.join(HOLE);
  if (joined.includes('\\') || strings.some((text) => text.includes(HOLE))) return undefined;
  const minified = (kind === 'css' ? minifyCss : minifyHtml)(joined).split(HOLE);
  return minified.length === strings.length ? minified : undefined;
}

const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

const CSS_NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', ')']);
const CSS_NO_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '(']);

export function minifyCss(text) {
  let out = '';
  let pendingSpace = false;
  let index = 0;
  const emit = (chunk) => {
    if (pendingSpace && out !== '' && !CSS_NO_SPACE_AFTER.has(out.at(-1)) && !CSS_NO_SPACE_BEFORE.has(chunk[0])) out += ' ';
    pendingSpace = false;
    // `;}` → `}`: the last declaration of a block needs no terminator.
    if (chunk === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += chunk;
  };
  while (index < text.length) {
    const char = text[index];
    if (isSpace(char)) {
      pendingSpace = true;
      index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      if (end === -1) return text; // an unterminated comment: not ours to interpret
      pendingSpace = true;
      index = end + 2;
    } else if (char === '"' || char === "'") {
      const end = text.indexOf(char, index + 1);
      if (end === -1 || text.slice(index, end).includes('\n')) return text;
      emit(text.slice(index, end + 1));
      index = end + 1;
    } else {
      emit(char);
      index++;
    }
  }
  return out;
}

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style']);

export function minifyHtml(text) {
  let out = '';
  let index = 0;
  const skipSpace = () => {
    const start = index;
    while (index < text.length && isSpace(text[index])) index++;
    return index > start;
  };
  while (index < text.length) {
    const char = text[index];
    if (isSpace(char)) {
      skipSpace();
      out += ' ';
    } else if (text.startsWith('<!--', index)) {
      const end = text.indexOf('-->', index + 4);
      if (end === -1) return text;
      out += text.slice(index, end + 3);
      index = end + 3;
    } else if (char === '<' && /[a-zA-Z/\0]/.test(text[index + 1] ?? '')) {
      // A tag, also when its name is bound (lit/static-html's `<${tag}>`).
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(index))?.[1]?.toLowerCase();
      const closing = text[index + 1] === '/';
      const end = copyTag();
      if (end === undefined) return text;
      if (name && !closing && RAW_TEXT.has(name)) {
        const close = text.toLowerCase().indexOf(`</${name}`, index);
        if (close === -1) return text;
        out += text.slice(index, close);
        index = close;
      }
    } else {
      out += char;
      index++;
    }
  }
  return out;

  /** Copies one tag from `<` through `>`, collapsing the space between its attributes. */
  function copyTag() {
    while (index < text.length) {
      const char = text[index];
      if (isSpace(char)) {
        skipSpace();
        const next = text[index];
        if (next !== '>' && !(next === '/' && text[index + 1] === '>')) out += ' ';
      } else if (char === '"' || char === "'") {
        const end = text.indexOf(char, index + 1);
        if (end === -1) return undefined;
        out += text.slice(index, end + 1);
        index = end + 1;
      } else {
        out += char;
        index++;
        if (char === '>') return index;
      }
    }
    return undefined;
  }
}
