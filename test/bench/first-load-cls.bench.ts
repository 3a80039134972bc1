/**
 * "No layout shift" (issue 11, item 13): the cumulative layout shift score of each element's first
 * load on the embedded backend, in a desktop-wide and a phone-wide frame. Goal 0: every loading
 * state reserves the space its content takes.
 */
import { publish, type BenchFigure } from './harness.js';

const ELEMENTS = ['sx-search', 'sx-ticket-status', 'sx-catalog-card', 'sx-catalog', 'sx-satisfaction'];
const WIDTHS = { desktop: 1280, phone: 390 } as const;
const LOADS = 3;

function loadOnce(element: string, width: number): Promise<{ score: number; worst: string[] }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: `${width}px`, height: '900px', border: '0' });
    const timer = setTimeout(() => reject(new Error(`${element}: no layout shift report`)), 30_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.from !== 'cls-frame') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve({ score: event.data.score as number, worst: event.data.worst as string[] });
    });
    frame.src = `./cls/frame.html?element=${element}`;
    document.body.append(frame);
  });
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** The demo page as a visitor first sees it: every widget at once, before and after their code arrives. */
function loadDemo(width: number): Promise<number> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: `${width}px`, height: '900px', border: '0' });
    frame.addEventListener('load', () => {
      let score = 0;
      // Buffered: the shifts since the frame's navigation started, then every later one.
      new (frame.contentWindow as typeof window).PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) score += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        frame.remove();
        resolve(score);
      }, 6000);
    });
    frame.src = '/demo/index.html';
    document.body.append(frame);
  });
}

publish(
  (async () => {
    const figures: BenchFigure[] = [];
    for (const [label, width] of Object.entries(WIDTHS)) {
      const samples: number[] = [];
      for (let load = 0; load < LOADS; load++) samples.push(await loadDemo(width));
      figures.push({ name: `demo page: first-load layout shift, ${label} (CLS)`, unit: 'score', samples, budget: 0 });
    }
    for (const element of ELEMENTS) {
      for (const [label, width] of Object.entries(WIDTHS)) {
        const samples: number[] = [];
        const moved = new Set<string>();
        for (let load = 0; load < LOADS; load++) {
          const { score, worst } = await loadOnce(element, width);
          samples.push(score);
          for (const where of worst) moved.add(where);
        }
        const note = moved.size ? `moved: ${[...moved].slice(0, 3).join('; ')}` : undefined;
        figures.push({ name: `${element}: first-load layout shift, ${label} (CLS)`, unit: 'score', samples, budget: 0, note });
      }
    }
    return figures;
  })(),
);
