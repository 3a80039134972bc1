// `node scripts/make-seed.mjs [--from <commit>]`: writes src/adapters/memory/seed/seed.json, the
// embedded backend's demo data, from the TypeScript seed it replaced (21 files under
// src/adapters/memory/seed/, last present in commit f480540). The TypeScript is read from git, so
// the conversion can be repeated and checked at any time; nothing in the work tree is needed.
//
// Ticket times stay relative to "now" (hours before or after it), so the loader
// (src/adapters/memory/seed/tickets.ts) gives realistic SLA targets whenever the demo runs. The
// script proves the conversion: for a fixed clock, the new loader must give exactly what the old
// TypeScript seed gave, or nothing is written.
import { execFileSync } from 'node:child_process';
import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from './entries.mjs';

const SEED_DIR = 'src/adapters/memory/seed';
const fromIndex = process.argv.indexOf('--from');
const commit = fromIndex > 0 ? process.argv[fromIndex + 1] : 'f480540';
const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20 });

const work = mkdtempSync(path.join(tmpdir(), 'sx-make-seed-'));
try {
  // The old seed as it was at `commit`, and the new loader from the work tree, as plain ES modules
  // (their imports of core/schemas are type-only and vanish).
  const oldDir = path.join(work, 'old', SEED_DIR);
  for (const file of git('ls-tree', '--name-only', `${commit}:${SEED_DIR}`).split('\n').filter(Boolean)) {
    if (!file.endsWith('.ts')) continue;
    let source = git('show', `${commit}:${SEED_DIR}/${file}`);
    if (file === 'tickets.ts') source += '\nexport { DRAFTS, STATE_LABELS };\n';
    writeModule(path.join(oldDir, file), source);
  }
  for (const file of [`${SEED_DIR}/tickets.ts`, 'src/core/ticket-states.ts']) {
    writeModule(path.join(work, 'new', file), readFileSync(path.join(repoRoot, file), 'utf8'));
  }
  writeFileSync(path.join(work, 'package.json'), '{ "type": "module" }\n');
  const load = (file) => import(pathToFileURL(path.join(work, file.replace(/\.ts$/, '.js'))).href);
  const modules = {
    ...(await load(`old/${SEED_DIR}/index.ts`)),
    ...(await load(`old/${SEED_DIR}/tickets.ts`)),
    ...(await load('new/src/core/ticket-states.ts')),
    ...(await load(`new/${SEED_DIR}/tickets.ts`)),
  };

  const now = new Date('2026-11-24T11:00:00Z');
  const seed = modules.createSeed(now);
  const data = {
    articles: seed.articles,
    catalog: seed.catalog,
    categories: seed.categories,
    people: seed.people,
    tickets: modules.DRAFTS.map((draft) => ticketDraft(draft, modules)),
  };
  // Through JSON and back, exactly as the browser will read it.
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const reread = JSON.parse(json);
  deepStrictEqual(modules.ticketsFromDrafts(reread.tickets, now), seed.tickets, 'tickets differ from the TypeScript seed');
  for (const key of ['articles', 'catalog', 'categories', 'people']) deepStrictEqual(reread[key], seed[key], `${key} differ`);

  const target = path.join(repoRoot, SEED_DIR, 'seed.json');
  writeFileSync(target, json);
  console.log(
    `make-seed: ${path.relative(repoRoot, target)} from ${commit}: ${data.articles.length} articles, ` +
      `${data.catalog.length} catalog items, ${data.tickets.length} tickets, ${data.people.length} people ` +
      `(${(json.length / 1024).toFixed(0)} KB); identical to the TypeScript seed for a fixed clock`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

function writeModule(target, typescript) {
  const { outputText } = ts.transpileModule(typescript, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
  });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target.replace(/\.ts$/, '.js'), outputText);
}

/**
 * The JSON shape of a ticket (see `TicketDraft` in src/adapters/memory/seed/tickets.ts): times in
 * hours relative to now, with names that say so. The old seed's ServiceNow-like labels ("Work in
 * Progress") are part of its story, so each ticket keeps the label it showed; one that matches the
 * core default is left out.
 */
function ticketDraft(draft, { STATE_LABELS, DEFAULT_STATE_LABELS }) {
  const label = draft.stateLabel ?? STATE_LABELS[draft.state];
  const out = {
    number: draft.number,
    title: draft.title,
    description: draft.description,
    state: draft.state,
    ...(label === DEFAULT_STATE_LABELS[draft.state] ? {} : { stateLabel: label }),
    priority: draft.priority,
  };
  if (draft.assignee) out.assignee = draft.assignee;
  if (draft.sla) {
    const { dueIn, ...sla } = draft.sla;
    out.sla = { ...sla, dueInHours: dueIn };
  }
  if (draft.nextUpdateIn !== undefined) out.nextUpdateInHours = draft.nextUpdateIn;
  if (draft.waitingFor) out.waitingFor = draft.waitingFor;
  out.events = draft.events.map(({ h, by, ...event }) => ({ hoursAgo: h, ...event, ...(by ? { author: by } : {}) }));
  return out;
}
