// Keeps docs/accessibility/conformance-report.md honest: every WCAG 2.2 A and AA criterion once,
// each with a VPAT term, every cited test a real, unskipped describe/it title in a real file.
// Node test (`node --test test/docs/`). Rows citing ⟨TBD⟩ (a test still being written) fail
// unless ACR_ALLOW_TBD=1.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const REPORT = 'docs/accessibility/conformance-report.md';
const allowTbd = process.env.ACR_ALLOW_TBD === '1';

/** WCAG 2.2 Level A, with 4.1.1 Parsing (obsolete in 2.2, still in the VPAT and EN 301 549 V3.2.1). */
const LEVEL_A = [
  ['1.1.1', 'Non-text Content'],
  ['1.2.1', 'Audio-only and Video-only (Prerecorded)'],
  ['1.2.2', 'Captions (Prerecorded)'],
  ['1.2.3', 'Audio Description or Media Alternative (Prerecorded)'],
  ['1.3.1', 'Info and Relationships'],
  ['1.3.2', 'Meaningful Sequence'],
  ['1.3.3', 'Sensory Characteristics'],
  ['1.4.1', 'Use of Color'],
  ['1.4.2', 'Audio Control'],
  ['2.1.1', 'Keyboard'],
  ['2.1.2', 'No Keyboard Trap'],
  ['2.1.4', 'Character Key Shortcuts'],
  ['2.2.1', 'Timing Adjustable'],
  ['2.2.2', 'Pause, Stop, Hide'],
  ['2.3.1', 'Three Flashes or Below Threshold'],
  ['2.4.1', 'Bypass Blocks'],
  ['2.4.2', 'Page Titled'],
  ['2.4.3', 'Focus Order'],
  ['2.4.4', 'Link Purpose (In Context)'],
  ['2.5.1', 'Pointer Gestures'],
  ['2.5.2', 'Pointer Cancellation'],
  ['2.5.3', 'Label in Name'],
  ['2.5.4', 'Motion Actuation'],
  ['3.1.1', 'Language of Page'],
  ['3.2.1', 'On Focus'],
  ['3.2.2', 'On Input'],
  ['3.2.6', 'Consistent Help'],
  ['3.3.1', 'Error Identification'],
  ['3.3.2', 'Labels or Instructions'],
  ['3.3.7', 'Redundant Entry'],
  ['4.1.1', 'Parsing'],
  ['4.1.2', 'Name, Role, Value'],
];

const LEVEL_AA = [
  ['1.2.4', 'Captions (Live)'],
  ['1.2.5', 'Audio Description (Prerecorded)'],
  ['1.3.4', 'Orientation'],
  ['1.3.5', 'Identify Input Purpose'],
  ['1.4.3', 'Contrast (Minimum)'],
  ['1.4.4', 'Resize Text'],
  ['1.4.5', 'Images of Text'],
  ['1.4.10', 'Reflow'],
  ['1.4.11', 'Non-text Contrast'],
  ['1.4.12', 'Text Spacing'],
  ['1.4.13', 'Content on Hover or Focus'],
  ['2.4.5', 'Multiple Ways'],
  ['2.4.6', 'Headings and Labels'],
  ['2.4.7', 'Focus Visible'],
  ['2.4.11', 'Focus Not Obscured (Minimum)'],
  ['2.5.7', 'Dragging Movements'],
  ['2.5.8', 'Target Size (Minimum)'],
  ['3.1.2', 'Language of Parts'],
  ['3.2.3', 'Consistent Navigation'],
  ['3.2.4', 'Consistent Identification'],
  ['3.3.3', 'Error Suggestion'],
  ['3.3.4', 'Error Prevention (Legal, Financial, Data)'],
  ['3.3.8', 'Accessible Authentication (Minimum)'],
  ['4.1.3', 'Status Messages'],
];

/** The EN 301 549 V3.2.1 clauses that apply to web components; each must have its row. */
const EN_CLAUSES = ['5.2', '5.7', '5.9', '9', '11.7', '11.8.1', '11.8.2', '11.8.3', '11.8.4', '11.8.5', '12.1.1', '12.1.2', '12.2.2', '12.2.3', '12.2.4'];

const TERMS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];

/** New in WCAG 2.2, so without a clause in EN 301 549 V3.2.1 (which follows WCAG 2.1). */
const NEW_IN_2_2 = ['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8'];

const RERUN_COMMANDS = ["npm test -- --files 'test/a11y/**/*.test.ts'", 'npm run test:storybook', 'node --test test/docs/'];

const readRepoFile = (file) => {
  const full = path.join(root, file);
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
};

/** The lines of the section under the first heading matching `heading`, up to the next heading of its level or above. */
function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && heading.test(line.replace(/^#+ /, '')));
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start])[0].length;
  const end = lines.findIndex((line, index) => index > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A table's body rows as cells; `\|` inside a cell is a literal bar. */
function tableRows(lines) {
  return lines
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .replace(/^\|/, '')
        .replace(/\|\s*$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|')),
    );
}

const decode = (text) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Citations in an evidence cell: `file` › «title» (› «title»…) or `file` › ⟨TBD⟩. */
function citationsIn(cell) {
  const citations = [];
  const pattern = /`([^`\s]+\.test\.(?:ts|mjs|js))`((?:\s*›\s*(?:«[^»]*»|⟨TBD⟩))+)/g;
  for (const [, file, segments] of cell.matchAll(pattern)) {
    const titles = [...segments.matchAll(/«([^»]*)»/g)].map(([, title]) => decode(title));
    citations.push({ file, titles, tbd: segments.includes('⟨TBD⟩') });
  }
  const leftover = cell.replace(pattern, '');
  return { citations, malformed: /›|«|⟨TBD⟩/.test(leftover) };
}

/** describe/it/test titles of a test file, as written (template titles keep their `${…}`), each with whether it is skipped. */
function titlesIn(source) {
  const titles = new Map();
  const call = /(?<![\w.$])(x?)(describe|context|it|test)(\.skip|\.only|\.todo)?\(\s*(['"`])((?:\\[\s\S]|(?!\4)[^\\])*)\4/g;
  for (const [, x, , modifier, quote, raw] of source.matchAll(call)) {
    const title = quote === '`' ? raw.replaceAll('\\`', '`') : raw.replace(/\\(.)/g, '$1');
    const skipped = x === 'x' || modifier === '.skip' || modifier === '.todo';
    titles.set(title, (titles.get(title) ?? false) || skipped);
  }
  return titles;
}

/**
 * Everything wrong with a report, as readable problems (empty when it holds), and the rows still
 * citing ⟨TBD⟩. `read(file)` gives a repository file's text, or undefined when it does not exist.
 */
function checkReport(markdown, { read = readRepoFile, tbdAllowed = allowTbd } = {}) {
  const problems = [];
  const tbd = [];
  const sourceCache = new Map();
  const source = (file) => {
    if (!sourceCache.has(file)) sourceCache.set(file, read(file));
    return sourceCache.get(file);
  };

  /** WCAG criteria (in EN 301 549 V3.2.1) not fully supported: the chapter 9 row must name each. */
  const short = new Set();

  function checkRow(where, [criterion, conformance, remarks, evidence, ...extra]) {
    const id = `${where} ${criterion}`;
    if (evidence === undefined || extra.length > 0) return problems.push(`${id}: expected 4 cells (criteria, conformance, remarks, evidence)`);
    const number = /^(\d+\.\d+\.\d+) /.exec(criterion)?.[1];
    if (where === 'WCAG' && number && !NEW_IN_2_2.includes(number) && /^(Partially Supports|Does Not Support)$/.test(conformance)) short.add(number);
    if (!TERMS.includes(conformance)) problems.push(`${id}: "${conformance}" is not one of ${TERMS.join(' / ')}`);
    if (!remarks) problems.push(`${id}: no remarks`);
    if ((conformance === 'Partially Supports' || conformance === 'Does Not Support') && !/\*\*(Missing|Not tested):\*\*/.test(remarks)) {
      problems.push(`${id}: ${conformance} without saying what is **Missing:** or **Not tested:**`);
    }
    const { citations, malformed } = citationsIn(evidence);
    if (malformed) problems.push(`${id}: an evidence citation is not \`file\` › «title» or \`file\` › ⟨TBD⟩`);
    if (conformance === 'Supports' && citations.length === 0) problems.push(`${id}: Supports, but cites no test`);
    for (const { file, titles, tbd: pending } of citations) {
      if (pending) {
        tbd.push(`${id} (${file})`);
        if (!tbdAllowed) problems.push(`${id}: ${file} is cited as ⟨TBD⟩; name the test (or set ACR_ALLOW_TBD=1 while it is being written)`);
        continue;
      }
      const text = source(file);
      if (text === undefined) {
        problems.push(`${id}: ${file} does not exist`);
        continue;
      }
      const known = titlesIn(text);
      for (const title of titles) {
        if (!known.has(title)) problems.push(`${id}: ${file} has no describe/it titled «${title}»`);
        else if (known.get(title)) problems.push(`${id}: ${file} › «${title}» is skipped`);
      }
    }
  }

  function checkCriteria(table, expected) {
    const lines = section(markdown, new RegExp(`^${table}$`));
    if (!lines) return problems.push(`no section "${table}"`);
    const rows = tableRows(lines);
    const seen = new Map();
    for (const row of rows) {
      const number = /^(\d+\.\d+\.\d+)\b/.exec(row[0])?.[1];
      const name = expected.find(([candidate]) => candidate === number)?.[1];
      if (!name) problems.push(`${table}: "${row[0]}" is not a criterion of this table`);
      else if (row[0] !== `${number} ${name}`) problems.push(`${table}: "${row[0]}" should read "${number} ${name}"`);
      seen.set(number, (seen.get(number) ?? 0) + 1);
      checkRow(`WCAG`, row);
    }
    for (const [number, name] of expected) {
      const count = seen.get(number) ?? 0;
      if (count === 0) problems.push(`${table}: ${number} ${name} is missing`);
      if (count > 1) problems.push(`${table}: ${number} ${name} appears ${count} times`);
    }
  }

  checkCriteria('Table 1: Success Criteria, Level A', LEVEL_A);
  checkCriteria('Table 2: Success Criteria, Level AA', LEVEL_AA);

  const en = section(markdown, /^EN 301 549 Report$/);
  if (!en) problems.push('no section "EN 301 549 Report"');
  else {
    const rows = tableRows(en);
    for (const row of rows) checkRow('EN 301 549', row);
    for (const clause of EN_CLAUSES) {
      const count = rows.filter((row) => row[0].startsWith(`${clause} `)).length;
      if (count !== 1) problems.push(`EN 301 549: clause ${clause} appears ${count} times, expected once`);
    }
    const web = rows.find((row) => row[0].startsWith('9 '));
    if (web) {
      const named = new Set([...(web[2] ?? '').matchAll(/(?<![\d.])(\d+\.\d+\.\d+)(?![\d.])/g)].map(([, number]) => number));
      for (const number of short) if (!named.has(number)) problems.push(`EN 301 549 9 Web: does not name ${number}, which the WCAG tables do not fully support`);
      for (const number of named) if (!short.has(number)) problems.push(`EN 301 549 9 Web: names ${number} as not fully supported, but the WCAG tables do not`);
      if (short.size > 0 && web[1] === 'Supports') problems.push('EN 301 549 9 Web: Supports, though WCAG rows are not fully supported');
    }
  }

  // Paths named anywhere in the report exist (globs and files still ⟨TBD⟩ aside).
  const pendingFiles = new Set(tbd.map((row) => /\(([^)]+)\)$/.exec(row)[1]));
  for (const [, file] of markdown.matchAll(/`((?:src|test|scripts|docs|stories|\.storybook)\/[^`\s*]*)`/g)) {
    if (pendingFiles.has(file) && tbdAllowed) continue;
    if (!existsSync(path.join(root, file))) problems.push(`the report names ${file}, which does not exist`);
  }

  const rerun = section(markdown, /^How to rerun the evidence$/)?.join('\n');
  if (!rerun) problems.push('no section "How to rerun the evidence"');
  else for (const command of RERUN_COMMANDS) if (!rerun.includes(command)) problems.push(`"How to rerun the evidence" does not give \`${command}\``);

  return { problems, tbd };
}

const report = readFileSync(path.join(root, REPORT), 'utf8');

describe('the Accessibility Conformance Report', () => {
  it('has every WCAG 2.2 A and AA criterion once and the EN 301 549 clauses, each with its term and the tests that back it', () => {
    const { problems } = checkReport(report, { tbdAllowed: true });
    assert.deepEqual(problems, []);
  });

  it('cites no test still to be written (⟨TBD⟩), unless ACR_ALLOW_TBD=1', (t) => {
    const { tbd } = checkReport(report, { tbdAllowed: true });
    if (allowTbd && tbd.length > 0) return t.skip(`ACR_ALLOW_TBD=1: ${tbd.length} rows still cite ⟨TBD⟩: ${tbd.join('; ')}`);
    assert.deepEqual(tbd, [], 'rows still citing ⟨TBD⟩');
  });

  it("the README's accessibility section links this report", (t) => {
    const readme = section(readFileSync(path.join(root, 'README.md'), 'utf8'), /^Accessibility$/)?.join('\n') ?? '';
    const linked = readme.includes(REPORT);
    if (!linked && allowTbd) return t.skip('ACR_ALLOW_TBD=1: the README does not link the report yet');
    assert.ok(linked, `README.md's "## Accessibility" section does not link ${REPORT}`);
  });
});

describe('the report checks catch a broken report (so a passing report means something)', () => {
  const row = (number) => report.split('\n').find((line) => line.startsWith(`| ${number} `));
  const problemsOf = (markdown, options) => checkReport(markdown, { tbdAllowed: true, ...options }).problems.join('\n');

  it('a criterion left out, or listed twice', () => {
    assert.match(problemsOf(report.replace(`${row('1.4.10')}\n`, '')), /1\.4\.10 Reflow is missing/);
    assert.match(problemsOf(report.replace(row('2.1.1'), `${row('2.1.1')}\n${row('2.1.1')}`)), /2\.1\.1 Keyboard appears 2 times/);
    assert.match(problemsOf(report.replace(`${row('4.1.3')}\n`, `${row('4.1.3')}\n${row('2.1.1')}\n`)), /Table 2: Success Criteria, Level AA: "2\.1\.1 Keyboard" is not a criterion of this table/);
    assert.match(problemsOf(report.replace(`${row('12.2.3')}\n`, '')), /clause 12\.2\.3 appears 0 times/);
  });

  it('a term that is not one of the four, a misnamed criterion', () => {
    assert.match(problemsOf(report.replace('| 2.1.1 Keyboard | Supports |', '| 2.1.1 Keyboard | Supported |')), /2\.1\.1 Keyboard: "Supported" is not one of/);
    assert.match(problemsOf(report.replace('| 2.1.1 Keyboard |', '| 2.1.1 Keyboard Access |')), /should read "2\.1\.1 Keyboard"/);
  });

  it('a cited title that is not in the file, a file that does not exist, a skipped test', () => {
    const keyboard = row('2.1.1');
    assert.match(problemsOf(report.replace(keyboard, keyboard.replace('«ignores', '«x').replace('with only the keyboard', 'with only a mouse'))), /has no describe\/it titled «finds and opens an article with only a mouse/);
    assert.match(problemsOf(report.replace(keyboard, keyboard.replace('sx-search/sx-search.test.ts', 'sx-search/gone.test.ts'))), /test\/elements\/sx-search\/gone\.test\.ts does not exist/);
    const read = (file) => (file === 'test/elements/sx-search/sx-search.test.ts' ? "it.skip('finds and opens an article with only the keyboard, and announces the result count', () => {});" : readRepoFile(file));
    assert.match(problemsOf(report, { read }), /«finds and opens an article with only the keyboard, and announces the result count» is skipped/);
  });

  it('Supports without a test, partial support without what is missing, a malformed citation', () => {
    const keyboard = row('2.1.1');
    const cells = keyboard.split(' | ');
    assert.match(problemsOf(report.replace(keyboard, [...cells.slice(0, 3), '— |'].join(' | '))), /2\.1\.1 Keyboard: Supports, but cites no test/);
    assert.match(problemsOf(report.replace(row('1.3.5'), row('1.3.5').replace('**Missing:**', 'Missing'))), /1\.3\.5 Identify Input Purpose: Partially Supports without saying what is/);
    assert.match(problemsOf(report.replace(keyboard, keyboard.replace('`test/elements/sx-search/sx-search.test.ts` ›', 'test/elements/sx-search/sx-search.test.ts ›'))), /2\.1\.1 Keyboard: an evidence citation is not/);
  });

  it('the chapter 9 row names every WCAG row that is not fully supported, and no other', () => {
    const sequence = row('1.3.2');
    assert.match(problemsOf(report.replace(sequence, sequence.replace('| Supports |', '| Partially Supports |').replace('The reading order', '**Missing:** x. The reading order'))), /9 Web: does not name 1\.3\.2/);
    assert.match(problemsOf(report.replace('(1.3.5, 1.4.11)', '(1.3.5, 1.4.11, 2.1.1)')), /9 Web: names 2\.1\.1 as not fully supported/);
  });

  it('a ⟨TBD⟩ citation fails unless allowed, and a missing rerun command is noticed', () => {
    const tbdRow = '| 2.5.7 Dragging Movements | Not Applicable | Nothing is dragged. | `test/a11y/wcag/not-yet.test.ts` › ⟨TBD⟩ |';
    const withTbd = report.replace(row('2.5.7'), tbdRow);
    assert.match(problemsOf(withTbd, { tbdAllowed: false }), /2\.5\.7 Dragging Movements: test\/a11y\/wcag\/not-yet\.test\.ts is cited as ⟨TBD⟩/);
    assert.doesNotMatch(problemsOf(withTbd, { tbdAllowed: true }), /not-yet/);
    assert.match(problemsOf(report.replaceAll('npm run test:storybook', 'npm run storybook')), /does not give `npm run test:storybook`/);
  });
});
