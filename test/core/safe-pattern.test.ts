import { expect } from '@open-wc/testing';
import { validateRequest } from '../../src/core/request-form-schema.js';
import { compileBackendPattern, matchesPattern, MAX_CHECKED_LENGTH, unsafePatternReason } from '../../src/core/safe-pattern.js';
import type { CatalogVariable } from '../../src/core/schemas.js';

function capturingWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('backend patterns that cannot hang the page', () => {
  it('accepts the format rules forms really use', () => {
    for (const pattern of [
      '^CC-\\d{4}$',
      '^[A-Z]{2}\\d{6}$',
      '^\\+?[0-9 ]{7,15}$',
      '^(\\d{3}-)?\\d{4}$',
      '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      '^(?:INC|RITM)\\d+$',
      '^[a-z]+(?:-[a-z]+){0,2}$',
    ]) {
      expect(unsafePatternReason(pattern), pattern).to.equal(undefined);
    }
  });

  it('refuses nested and alternated repetition, back-references, many open repeats and overlong patterns', () => {
    for (const pattern of [
      '^(a+)+$',
      '^(a*)*$',
      '(\\w+\\s?)*$',
      '^((ab)+)+$',
      '^(a|aa)+$',
      '^(\\d|\\w)*$',
      '^(a{1,10}){1,10}$',
      '(a)\\1+',
      '(?<x>a)\\k<x>',
      '^\\w*\\w*\\w*\\w*!$',
      `^${'a'.repeat(300)}$`,
    ]) {
      expect(unsafePatternReason(pattern), pattern).to.be.a('string');
    }
  });

  it('tells the form owner in the console once and leaves the field required-only', () => {
    const log = capturingWarnings();
    try {
      const variables: CatalogVariable[] = [
        { name: 'code', label: 'Code', type: 'text', required: true, pattern: '^(a+)+$', default: `${'a'.repeat(34)}!` },
      ];
      const start = performance.now();
      const first = validateRequest(variables, { code: `${'a'.repeat(34)}!` });
      validateRequest(variables, { code: `${'a'.repeat(40)}!` });
      expect(performance.now() - start, 'validation returned at once').to.be.below(1000);
      expect(first.ok).to.equal(true);
      expect(validateRequest(variables, { code: '' }).errors).to.deep.equal({ code: 'required' });
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(/sx-kit: the pattern of variable "code" is not checked.*repeats a group/);
    } finally {
      log.restore();
    }
  });

  it('still checks safe patterns, and a value beyond the length bound does not match', () => {
    const variables: CatalogVariable[] = [{ name: 'tag', label: 'Tag', type: 'text', pattern: '^[a-z]+$' }];
    expect(validateRequest(variables, { tag: 'abc' }).ok).to.equal(true);
    expect(validateRequest(variables, { tag: 'ABC' }).errors).to.deep.equal({ tag: 'pattern' });
    const expression = compileBackendPattern('^[a-z]+$', 'test')!;
    expect(matchesPattern(expression, 'a'.repeat(MAX_CHECKED_LENGTH))).to.equal(true);
    expect(matchesPattern(expression, 'a'.repeat(MAX_CHECKED_LENGTH + 1))).to.equal(false);
  });
});
