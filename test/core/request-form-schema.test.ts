import { expect } from '@open-wc/testing';
import {
  dateBound,
  initialValues,
  mergeValues,
  validateRequest,
  visibleVariables,
} from '../../src/core/request-form-schema.js';
import { loadSeed } from '../../src/adapters/memory/seed/index.js';
import type { CatalogVariable } from '../../src/core/schemas.js';

const { catalog: seedCatalog } = await loadSeed();
const laptop = seedCatalog.find((item) => item.id === 'cat-new-laptop')!.variables;
// A date always ahead of today (past dates are refused by default).
const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const names = (variables: CatalogVariable[]) => variables.map((variable) => variable.name);

describe('request form schema', () => {
  it('starts from each variable’s default', () => {
    const values = initialValues(laptop);
    expect(values.model).to.equal('standard');
    expect(values.accessories).to.equal(false);
    expect(values.accessory_list).to.deep.equal([]);
    expect(values.notes).to.equal('');
  });

  it('shows model_other only for model=other and accessory_list only with accessories ticked', () => {
    const values = initialValues(laptop);
    expect(names(visibleVariables(laptop, values))).not.to.include.members(['model_other', 'accessory_list']);
    expect(names(visibleVariables(laptop, { ...values, model: 'other' }))).to.include('model_other');
    expect(names(visibleVariables(laptop, { ...values, accessories: true }))).to.include('accessory_list');
  });

  it('hides a field whose parent is hidden, and supports `filled` conditions', () => {
    const variables: CatalogVariable[] = [
      { name: 'a', label: 'A', type: 'checkbox' },
      { name: 'b', label: 'B', type: 'text', visibleWhen: { variable: 'a', equals: true } },
      { name: 'c', label: 'C', type: 'text', visibleWhen: { variable: 'b', filled: true } },
    ];
    expect(names(visibleVariables(variables, { a: true, b: 'x', c: '' }))).to.deep.equal(['a', 'b', 'c']);
    expect(names(visibleVariables(variables, { a: false, b: 'x', c: '' }))).to.deep.equal(['a']);
  });

  it('reports the first problem of each visible field as a code', () => {
    const result = validateRequest(laptop, { ...initialValues(laptop), model: 'other', model_other: 'abc', notes: 'x'.repeat(501) });
    expect(result.ok).to.equal(false);
    expect(result.errors).to.deep.equal({
      model_other: 'min-length',
      for_person: 'required-choice',
      needed_by: 'required',
      notes: 'max-length',
    });
  });

  it('ignores hidden fields, trims text and drops empty optional ones', () => {
    const result = validateRequest(laptop, {
      ...initialValues(laptop),
      model_other: 'left over while hidden',
      for_person: 'usr-010',
      needed_by: nextMonth,
      notes: '  thanks  ',
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.values).to.deep.equal({
      model: 'standard',
      for_person: 'usr-010',
      needed_by: nextMonth,
      accessories: false,
      notes: 'thanks',
    });
  });

  it('checks numbers, bounds, emails, dates, patterns, options and required boxes', () => {
    const variables: CatalogVariable[] = [
      { name: 'n', label: 'N', type: 'number', min: 1, max: 2 },
      { name: 'm', label: 'M', type: 'number' },
      { name: 'e', label: 'E', type: 'email' },
      { name: 'd', label: 'D', type: 'date' },
      { name: 'p', label: 'P', type: 'text', pattern: '^CC-\\d{4}$' },
      { name: 's', label: 'S', type: 'select', options: [{ value: 'x', label: 'X' }] },
      { name: 'k', label: 'K', type: 'checkbox', required: true },
      { name: 'l', label: 'L', type: 'multiselect', max: 1, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    ];
    const result = validateRequest(variables, { n: '3', m: 'two', e: 'someone@', d: '1/12/2026', p: 'CC-12', s: 'y', k: false, l: ['a', 'b'] });
    expect(result.errors).to.deep.equal({
      n: 'max',
      m: 'number',
      e: 'email',
      d: 'date',
      p: 'pattern',
      s: 'option',
      k: 'required-check',
      l: 'max-items',
    });
    const fixed = validateRequest(variables, { n: '2', m: '', e: 'a@b.example', d: dateBound(3)!, p: 'CC-1234', s: 'x', k: true, l: ['a'] });
    expect(fixed.ok).to.equal(true);
    if (fixed.ok) expect(fixed.values.n).to.equal(2);
  });

  it('keeps a date within `min` and `max` days from today, with its own message for each end', () => {
    const today = new Date(2026, 0, 30);
    expect(dateBound(2, today)).to.equal('2026-02-01');
    expect(dateBound(-1, today)).to.equal('2026-01-29');
    expect(dateBound(undefined, today)).to.equal(undefined);
    const variables: CatalogVariable[] = [{ name: 'd', label: 'D', type: 'date', min: 2, max: 30 }];
    expect(validateRequest(variables, { d: '2026-01-31' }, today).errors).to.deep.equal({ d: 'date-min' });
    expect(validateRequest(variables, { d: '2026-03-02' }, today).errors).to.deep.equal({ d: 'date-max' });
    expect(validateRequest(variables, { d: 'soon' }, today).errors).to.deep.equal({ d: 'date' });
    expect(validateRequest(variables, { d: '2026-02-01' }, today).ok).to.equal(true);
    expect(validateRequest(variables, { d: '2026-03-01' }, today).ok).to.equal(true);
    expect(validateRequest(variables, { d: '' }, today).ok).to.equal(true);
  });

  it('refuses a date in the past unless the variable allows one', () => {
    const today = new Date(2026, 0, 30);
    const neededBy: CatalogVariable[] = [{ name: 'd', label: 'Needed by', type: 'date' }];
    expect(validateRequest(neededBy, { d: '2020-01-01' }, today).errors).to.deep.equal({ d: 'date-min' });
    expect(validateRequest(neededBy, { d: '2026-01-30' }, today).ok, 'today is fine').to.equal(true);
    const since: CatalogVariable[] = [{ name: 'd', label: 'Broken since', type: 'date', min: -365 }];
    expect(validateRequest(since, { d: '2025-06-01' }, today).ok).to.equal(true);
  });

  it('reads an absurd bound from a backend as a century, never as an error', () => {
    const today = new Date(2026, 0, 30);
    expect(dateBound(1e9, today)).to.match(/^2126-01-/);
    expect(dateBound(-1e9, today)).to.match(/^1926-01-/);
    expect(dateBound(Number.NaN, today)).to.equal(undefined);
    const variables: CatalogVariable[] = [{ name: 'd', label: 'D', type: 'date', min: 1e9 }];
    expect(validateRequest(variables, { d: '2026-02-01' }, today).errors).to.deep.equal({ d: 'date-min' });
  });

  it('does not let a broken backend pattern block the request', () => {
    const variables: CatalogVariable[] = [{ name: 'p', label: 'P', type: 'text', pattern: '([' }];
    expect(validateRequest(variables, { p: 'anything' }).ok).to.equal(true);
  });

  it('keeps only stored draft values that still fit the item', () => {
    const values = mergeValues(laptop, { model: 'performance', accessories: 'yes' as unknown as boolean, unknown: 'x' });
    expect(values.model).to.equal('performance');
    expect(values.accessories).to.equal(false);
    expect('unknown' in values).to.equal(false);
  });
});
