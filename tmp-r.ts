import { readFileSync } from 'node:fs';
import { renderPosterPage } from './src/lib/pdf/render-page.ts';
const times: number[] = [];
for (let i = 1; i <= 20; i++) {
  const n = String(i).padStart(3, '0');
  const bytes = readFileSync(`node_modules/.cache/interlibrary-bench/posters-300-7/synthetic-${n}/poster.pdf`);
  const t = performance.now(); await renderPosterPage(bytes); times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('median render', Math.round(times[10]!), 'p90', Math.round(times[18]!), 'sum', Math.round(times.reduce((a, b) => a + b, 0)));
