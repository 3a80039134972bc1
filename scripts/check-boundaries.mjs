// Part of `npm run lint`: proves the layer rules in eslint.config.mjs fire. Each fixture in
// test/lint/fixtures/ is linted as if it lived at the path its first line names
// (`// lint as: src/core/fixture.ts`); every line marked `// ✗` must be reported by a boundary rule,
// and no other line. A fixture without marks (clean-*) must pass. Exits 1 otherwise.
// The fixtures are `.ts.fixture` so neither `eslint .` nor tsc picks them up.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from './entries.mjs';

const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);
const fixtureDir = path.join(repoRoot, 'test', 'lint', 'fixtures');
const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.ts.fixture')).sort();

const eslint = new ESLint({ cwd: repoRoot });
const problems = [];
let violations = 0;
for (const name of fixtures) {
  const code = readFileSync(path.join(fixtureDir, name), 'utf8');
  const lintAs = code.match(/^\/\/ lint as: (\S+)/)?.[1];
  if (!lintAs) {
    problems.push(`${name}: first line must be "// lint as: src/<layer>/<file>.ts"`);
    continue;
  }
  const marked = code.split('\n').flatMap((line, index) => (line.includes('// ✗') ? [index + 1] : []));
  violations += marked.length;
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, lintAs) });
  const fatal = result.messages.filter((message) => message.fatal || !message.ruleId);
  if (fatal.length) {
    problems.push(`${name}: does not parse: ${fatal.map((message) => message.message).join('; ')}`);
    continue;
  }
  const reported = new Set(result.messages.filter((message) => BOUNDARY_RULES.has(message.ruleId)).map((message) => message.line));
  for (const line of marked) if (!reported.has(line)) problems.push(`${name}:${line}: violation not reported (as ${lintAs})`);
  for (const line of reported) if (!marked.includes(line)) problems.push(`${name}:${line}: reported but not marked "// ✗" (as ${lintAs})`);
}

if (!fixtures.some((name) => name.startsWith('clean-')) || violations === 0) problems.push('need both clean-* fixtures and marked violations');
if (problems.length) {
  console.error(`check-boundaries: the layer rules in eslint.config.mjs do not hold:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-boundaries: ${violations} violations reported in ${fixtures.length} fixtures, clean ones pass`);
