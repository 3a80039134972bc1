// scripts/minify-literals.mjs shortens Lit's css/html templates in the CDN build. What it must
// never do: change text a person reads (a single space between inline elements), an attribute
// value, the content of <pre>/<textarea>, a CSS string or the spaces `calc()` and selectors need,
// or move a bound expression to other strings. Node test: `node --test test/build/`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyCss, minifyHtml, minifyModuleLiterals, minifyTemplate } from '../../scripts/minify-literals.mjs';

describe('minifyCss', () => {
  it('drops comments, indentation and the last semicolon of a block', () => {
    const css = `
    :host {
      display: block;
      /* a comment */
      color: var(--_text);
    }
    button,
    .button {
      padding: 0.375rem 0.875rem;
    }`;
    assert.equal(minifyCss(css), ':host{display:block;color:var(--_text)}button,.button{padding:0.375rem 0.875rem}');
  });

  it('keeps the spaces that mean something: descendant pseudo-classes, calc operators, media "and (", !important', () => {
    assert.equal(minifyCss('a :hover { x: 1 }'), 'a :hover{x:1}');
    assert.equal(minifyCss(':host ::slotted(p) { margin: 0 }'), ':host ::slotted(p){margin:0}');
    assert.equal(minifyCss('p { width: calc(100% - 2 * var(--x)); }'), 'p{width:calc(100% - 2 * var(--x))}');
    assert.equal(minifyCss('@media screen and (min-width: 40rem) { p { color: red !important; } }'), '@media screen and (min-width:40rem){p{color:red !important}}');
    assert.equal(minifyCss('li + li { margin: 0 }'), 'li + li{margin:0}');
  });

  it('keeps strings verbatim', () => {
    assert.equal(minifyCss(`p::before { content: "a  ;  b"; font-family: 'My  Font', serif; }`), `p::before{content:"a  ;  b";font-family:'My  Font',serif}`);
  });
});

describe('minifyHtml', () => {
  it('collapses whitespace in text to one space, never to none', () => {
    assert.equal(minifyHtml('<p>\n  <b>a</b> <i>b</i>\n  text   here\n</p>'), '<p> <b>a</b> <i>b</i> text here </p>');
  });

  it('collapses the space between attributes, keeps attribute values as written', () => {
    assert.equal(
      minifyHtml('<button\n    type="button"\n    title="two  spaces\n  kept"\n    class=\'a   b\'\n  >Go</button>'),
      `<button type="button" title="two  spaces\n  kept" class='a   b'>Go</button>`,
    );
    assert.equal(minifyHtml('<input\n  disabled\n  />'), '<input disabled/>');
  });

  it('leaves <pre>, <textarea> content and comments alone', () => {
    const text = '<pre>  a\n    b  </pre>\n  <textarea>\n  draft  </textarea> <!--  note   -->';
    assert.equal(minifyHtml(text), '<pre>  a\n    b  </pre> <textarea>\n  draft  </textarea> <!--  note   -->');
  });

  it('treats a tag whose name is bound (static html) as a tag', () => {
    assert.equal(minifyHtml('<\u0000\n   class="a  b"\n>x</\u0000>'), '<\u0000 class="a  b">x</\u0000>');
  });
});

describe('minifyTemplate', () => {
  it('keeps each bound expression between the same strings', () => {
    const strings = ['\n  <li class="item ', '">\n    ', '\n  </li>\n'];
    assert.deepEqual(minifyTemplate(strings, 'html'), [' <li class="item ', '"> ', ' </li> ']);
    assert.deepEqual(minifyTemplate([':host {\n  color: ', ';\n  margin: ', ' ', ';\n}'], 'css'), [':host{color:', ';margin:', ' ', '}']);
  });

  it('leaves a template with an escape sequence alone', () => {
    assert.equal(minifyTemplate(['p::before { content: "\\2014"; }'], 'css'), undefined);
  });
});

describe('minifyModuleLiterals', () => {
  const run = (code) => minifyModuleLiterals(code, parseAst(code))?.toString() ?? code;

  it("changes only templates tagged with Lit's css/html/svg, aliases included", () => {
    const code = [
      "import { css, html as h } from 'lit';",
      "import { html } from './not-lit.js';",
      'const a = css`\n  p {\n    margin: 0;\n  }\n`;',
      'const b = h`\n  <p>\n    ${x}\n  </p>\n`;',
      'const c = html`\n  <p>  keep  </p>\n`;',
      'const d = `\n  plain  `;',
    ].join('\n');
    const out = run(code).split('\n');
    assert.equal(out[2], 'const a = css`p{margin:0}`;');
    assert.equal(out[3], 'const b = h` <p> ${x} </p> `;');
    assert.equal(run(code).includes('html`\n  <p>  keep  </p>\n`'), true);
    assert.equal(run(code).includes('`\n  plain  `'), true);
  });

  it('reaches templates nested in expressions', () => {
    const code = "import { html } from 'lit';\nconst t = html`<ul>${items.map((i) => html`\n  <li>${i}</li>\n`)}</ul>`;";
    assert.equal(run(code), "import { html } from 'lit';\nconst t = html`<ul>${items.map((i) => html` <li>${i}</li> `)}</ul>`;");
  });

  it('changes nothing in a module that does not import the tags from lit', () => {
    assert.equal(minifyModuleLiterals('const html = (s) => s; html`\n  x\n`;', parseAst('const html = (s) => s; html`\n  x\n`;')), undefined);
  });
});
