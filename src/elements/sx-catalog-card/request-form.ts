/**
 * What the request form holds: values, errors, the fields already left, and the draft that keeps
 * them across a reload. A field is checked when it is left, and again as it changes once it has a
 * problem, so a message clears as soon as the field is fixed.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CatalogItem, CatalogVariable } from '../../core/schemas.js';
import { randomId } from '../../core/random-id.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft.js';
import {
  mergeValues,
  validateRequest,
  visibleVariables,
  type FieldErrorCode,
  type FieldErrors,
  type FieldValue,
  type FormValues,
  type ValidationResult,
} from '../../core/request-form-schema.js';

export interface RequestFormHooks {
  item(): CatalogItem | undefined;
  /** The backend the draft belongs to. */
  scope(): string;
  /** Whether person fields look people up (a typed name must then be picked). */
  lookupPeople(): boolean;
  /** A field left with a new problem: say it. */
  said(variable: CatalogVariable, code: FieldErrorCode): void;
}

/** Plain state with no lifecycle of its own; it asks its element to render when it changes. */
export class RequestForm {
  values: FormValues = {};
  errors: FieldErrors = {};
  draft?: Draft;
  draftRestored = false;
  private readonly touched = new Set<string>();
  private formFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: RequestFormHooks,
  ) {}

  reset(): void {
    this.formFor = undefined;
    this.values = {};
    this.errors = {};
    this.touched.clear();
    this.draft = undefined;
    this.draftRestored = false;
  }

  isPreparedFor(item: CatalogItem): boolean {
    return this.formFor === `${this.hooks.scope()}|${item.id}`;
  }

  /** Fills the form from the stored draft (or defaults); returns the draft when there was one. */
  prepare(item: CatalogItem): Draft | undefined {
    const scope = this.hooks.scope();
    this.formFor = `${scope}|${item.id}`;
    const draft = loadDraft(scope, item.id);
    this.draft = draft;
    this.values = mergeValues(item.variables, draft?.values ?? {});
    this.draftRestored = !!draft && Object.keys(draft.values).length > 0;
    return draft;
  }

  /** The next `prepare` starts over (another request of the same item). */
  forget(): void {
    this.formFor = undefined;
  }

  private get ensuredDraft(): Draft {
    return (this.draft ??= { values: {}, key: randomId(), people: {} });
  }

  save(): void {
    const item = this.hooks.item();
    if (!item) return;
    const draft = this.ensuredDraft;
    draft.values = this.values;
    saveDraft(this.hooks.scope(), item.id, draft);
  }

  /** The request is delivered: its draft is done with. */
  delivered(itemId: string): void {
    clearDraft(this.hooks.scope(), itemId);
    this.draft = undefined;
    this.draftRestored = false;
  }

  /** The name shown in a person field (the value is the person's id, once one is picked). */
  personName(name: string): string {
    return this.draft?.people?.[name] ?? '';
  }

  setPersonName(name: string, text: string): void {
    const draft = this.ensuredDraft;
    draft.people = { ...draft.people, [name]: text };
  }

  setValue(variable: CatalogVariable, value: FieldValue): void {
    this.values = { ...this.values, [variable.name]: value };
    this.save();
    const item = this.hooks.item();
    if (item) {
      const visible = new Set(visibleVariables(item.variables, this.values).map((candidate) => candidate.name));
      for (const name of Object.keys(this.errors)) if (!visible.has(name)) delete this.errors[name];
      if (this.touched.has(variable.name) || this.errors[variable.name]) this.validateOne(variable.name, false);
    }
    this.host.requestUpdate();
  }

  /** A field is left: from now on it is checked as it changes. */
  left(name: string): void {
    this.touched.add(name);
    this.validateOne(name, true);
  }

  validateOne(name: string, announce: boolean): void {
    const item = this.hooks.item();
    if (!item) return;
    const result = validateRequest(item.variables, this.values);
    const code = (result.ok ? undefined : result.errors[name]) ?? this.personProblem(item, name);
    const before = this.errors[name];
    if (code) this.errors = { ...this.errors, [name]: code };
    else {
      const { [name]: _removed, ...rest } = this.errors;
      this.errors = rest;
    }
    const variable = item.variables.find((candidate) => candidate.name === name);
    if (announce && code && code !== before && variable) this.hooks.said(variable, code);
    this.host.requestUpdate();
  }

  /** Checks every visible field (on submit); `invalid` lists them in form order. */
  validateAll(item: CatalogItem): { result: ValidationResult; invalid: CatalogVariable[] } {
    const result = validateRequest(item.variables, this.values);
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    const visible = visibleVariables(item.variables, this.values);
    for (const variable of visible) {
      const problem = this.personProblem(item, variable.name);
      if (problem && !errors[variable.name]) errors[variable.name] = problem;
      this.touched.add(variable.name);
    }
    this.errors = errors;
    return { result, invalid: visible.filter((variable) => errors[variable.name]) };
  }

  /** A name typed into a person field but not picked from the suggestions. */
  private personProblem(item: CatalogItem, name: string): FieldErrorCode | undefined {
    const variable = item.variables.find((candidate) => candidate.name === name);
    if (variable?.type !== 'user' || !this.hooks.lookupPeople()) return undefined;
    const typed = this.personName(name).trim();
    return typed && !this.values[name] ? 'person' : undefined;
  }
}
