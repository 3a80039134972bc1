// custom-elements.json is what Storybook, the framework types and the editors show: it must say
// everything the code and the README promise, and nothing that is not public or not published.
// Node test (`npm run test:node`): runs the analyzer with the repo's config into a scratch folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sx-manifest-'));
let manifest;
let elements;

before(() => {
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  // The analyzer joins --outdir to the working directory, so it takes a relative path.
  const run = spawnSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', path.relative(root, scratch)], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `cem analyze failed: ${run.stderr}`);
  manifest = JSON.parse(readFileSync(path.join(scratch, 'custom-elements.json'), 'utf8'));
  elements = new Map(
    manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration])),
  );
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Tags defined in src/elements/<tag>/<tag>.ts, and the folder of each. */
function definedTags() {
  return readdirSync(path.join(root, 'src/elements'))
    .filter((folder) => existsSync(path.join(root, 'src/elements', folder, `${folder}.ts`)))
    .map((folder) => ({ tag: read(`src/elements/${folder}/${folder}.ts`).match(/(?:customElements\.define|defineElement)\('([^']+)'/)?.[1], folder }))
    .filter((entry) => entry.tag);
}

/** `@property(...)` fields of a component file: the attribute Lit observes (or none) and the property. */
function declaredProperties(source) {
  const found = [];
  for (const match of source.matchAll(/@property\((\{[^}]*\})?\)\s*(?:(?:public|override|declare|readonly)\s+)*(\w+)/g)) {
    const [, options = '', name] = match;
    const attribute = /attribute:\s*false/.test(options) ? undefined : (options.match(/attribute:\s*'([^']+)'/)?.[1] ?? name.toLowerCase());
    found.push({ name, attribute });
  }
  return found;
}

/** Event names an element folder emits (`emit('sx-…'`), plus `sx-error` where it reports errors. */
function emittedEvents(folder) {
  const dir = path.join(root, 'src/elements', folder);
  const names = new Set();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, name] of source.matchAll(/\bemit\('(sx-[a-z-]+)'/g)) names.add(name);
    if (/\breportError\(/.test(source)) names.add('sx-error');
  }
  return names;
}

/** README sections naming exactly one tag in their heading: the attribute and event tables under them. */
function readmePromises() {
  const lines = read('README.md').split('\n');
  const promises = [];
  let current;
  let table;
  for (const line of lines) {
    const heading = line.match(/^(#+)\s+(.*)$/);
    if (heading) {
      const level = heading[1].length;
      const tags = [...heading[2].matchAll(/<(sx-[a-z-]+)>/g)].map((match) => match[1]);
      if (tags.length === 1) current = { tag: tags[0], level };
      else if (current && level <= current.level) current = undefined;
      table = undefined;
      continue;
    }
    if (!current || !line.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    if (!table) {
      table = /^(attribute|event)/.test(cells[0] ?? '') ? cells[0].split(/\W/)[0] : 'other';
      continue;
    }
    if (table === 'other' || /^-+$/.test(cells[0].replace(/\s/g, ''))) continue;
    for (const [, name] of cells[0].matchAll(/`([^`]+)`/g)) {
      if (name.endsWith(')')) continue; // a method row: `openForm()`
      promises.push({ tag: current.tag, kind: table, name, propertyOnly: /^(—|–|-)/.test(cells[0]) || /property only/.test(cells[0]) });
    }
  }
  return promises;
}

describe('custom-elements.json', () => {
  it('describes every element the package defines, each with a description', () => {
    const tags = definedTags().map((entry) => entry.tag);
    assert.ok(tags.length >= 6, `found only ${tags.join(', ')}`);
    for (const tag of tags) {
      const element = elements.get(tag);
      assert.ok(element, `<${tag}> is not in the manifest`);
      assert.ok(element.description?.trim(), `<${tag}> has no description`);
    }
  });

  it('lists every attribute and property the classes declare, with type and description', () => {
    for (const { tag, folder } of definedTags()) {
      const element = elements.get(tag);
      const component = `src/elements/${folder}/${folder}.component.ts`;
      for (const { name, attribute } of declaredProperties(read(component))) {
        const member = element.members?.find((candidate) => candidate.name === name);
        assert.ok(member, `<${tag}>: property ${name} (${component}) is not in the manifest`);
        assert.ok(member.type?.text, `<${tag}>: property ${name} has no type`);
        if (attribute) assert.ok(element.attributes?.some((candidate) => candidate.name === attribute), `<${tag}>: attribute ${attribute} is missing`);
      }
    }
  });

  it('lists the adapter settings <sx-provider> reads from its own attributes', () => {
    const provider = elements.get('sx-provider');
    const adapters = path.join(root, 'src/adapters');
    for (const adapter of readdirSync(adapters)) {
      const file = path.join(adapters, adapter, 'attributes.ts');
      if (!existsSync(file)) continue;
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:\.attribute|listAttribute)\((?:config,\s*)?'([a-z-]+)'\)/g)) {
        assert.ok(provider.attributes.some((attribute) => attribute.name === name), `<sx-provider>: the ${adapter} adapter reads "${name}", which the manifest does not list`);
      }
    }
  });

  it('lists every event an element emits, with its detail type', () => {
    for (const { tag, folder } of definedTags()) {
      const events = new Map((elements.get(tag).events ?? []).map((event) => [event.name, event]));
      for (const name of emittedEvents(folder)) {
        assert.ok(events.has(name), `<${tag}> emits ${name}, which the manifest does not list (add @event to its JSDoc)`);
      }
      for (const event of events.values()) assert.match(event.type?.text ?? '', /^Sx\w+Detail$/, `<${tag}> ${event.name} has no detail type`);
    }
  });

  it('gives sx-kit/react a wrapper per element with a prop for each of its events', () => {
    const source = read('src/react/index.ts');
    const wrappers = new Map(
      [...source.matchAll(/wrap\('(sx-[a-z-]+)',[^[)]*(?:\[([^\]]*)\])?\)/g)].map(([, tag, list = '']) => [tag, [...list.matchAll(/'(sx-[a-z-]+)'/g)].map((match) => match[1])]),
    );
    for (const [tag, element] of elements) {
      assert.ok(wrappers.has(tag), `sx-kit/react has no wrapper for <${tag}>`);
      const events = (element.events ?? []).map((event) => event.name).sort();
      assert.deepEqual([...wrappers.get(tag)].sort(), events, `sx-kit/react: the events of <${tag}>`);
    }
  });

  it('has everything the README documents per element', () => {
    const promises = readmePromises();
    assert.ok(promises.length > 20, `the README parser found only ${promises.length} rows`);
    for (const { tag, kind, name, propertyOnly } of promises) {
      const element = elements.get(tag);
      assert.ok(element, `the README documents <${tag}>, which is not in the manifest`);
      if (kind === 'event') {
        assert.ok(element.events?.some((event) => event.name === name), `README: <${tag}> fires ${name}, the manifest does not say so`);
      } else if (propertyOnly) {
        assert.ok(element.members?.some((member) => member.name === name), `README: <${tag}> property ${name} is missing`);
      } else {
        const found = element.attributes?.some((attribute) => attribute.name === name) || element.members?.some((member) => member.name === name);
        assert.ok(found, `README: <${tag}> attribute ${name} is missing`);
      }
    }
  });

  it('gives every entry a description', () => {
    for (const [tag, element] of elements) {
      for (const list of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
        for (const entry of element[list] ?? []) assert.ok(entry.description?.trim(), `<${tag}> ${list}: "${entry.name}" has no description`);
      }
    }
  });

  it('has no private or protected members', () => {
    for (const [tag, element] of elements) {
      for (const member of element.members ?? []) {
        assert.ok(!member.privacy || member.privacy === 'public', `<${tag}>: ${member.privacy} ${member.name}`);
        assert.ok(!/^[#_]/.test(member.name), `<${tag}>: ${member.name}`);
      }
    }
  });

  it('names only modules the package ships', () => {
    const files = JSON.parse(read('package.json')).files;
    assert.ok(files.includes('dist'), 'package.json "files" does not ship dist/');
    const modules = [];
    for (const mod of manifest.modules) {
      modules.push(mod.path);
      for (const entry of mod.exports ?? []) if (entry.declaration?.module) modules.push(entry.declaration.module);
      for (const declaration of mod.declarations ?? []) if (declaration.superclass?.module) modules.push(declaration.superclass.module);
    }
    for (const module of modules) {
      assert.match(module, /^dist\/.+\.js$/, `${module} is not a published path`);
      const source = module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      assert.ok(existsSync(path.join(root, source)), `${module}: no ${source} compiles to it`);
    }
  });
});
