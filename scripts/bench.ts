/**
 * `npm run bench`: what the build costs, measured on this machine, as medians
 * and as ratios against baselines measured in the same run. Prints a table
 * and writes bench-results/latest.json.
 *
 *   npm run bench                       # posters: 24 synthetic PDFs
 *   npm run bench -- --posters 60
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ms, ratio, table } from './bench/measure.ts';
import { benchPosters } from './bench/posters.ts';

const { values } = parseArgs({ options: { posters: { type: 'string', default: '24' } } });
const count = Number(values.posters);
if (!Number.isInteger(count) || count < 2) throw new Error('--posters needs a whole number of at least 2');

const posters = await benchPosters(count);
const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value * 100)} %`);
console.log(`\nPosters: ${posters.posters} synthetic PDFs, ${posters.cores} cores\n`);
console.log(
	table([
		['measure', 'value'],
		['bare pdfjs-dist: render call of page 1 (median)', ms(posters.bareMedianMs)],
		['bare pdfjs-dist: render call and pixels read out (median)', ms(posters.barePixelsMedianMs)],
		['ours per poster: render, pixels, JPEG, every page\'s text (median)', ms(posters.oneProcessMedianMs)],
		['  ratio to the render call', ratio(posters.ratioToBare)],
		['  ratio to render and pixels', ratio(posters.ratioToBarePixels)],
		['cold run, all cores: wall time per poster', ms(posters.coldWallPerPosterMs)],
		['  ratio to the render call', ratio(posters.coldWallPerPosterMs / posters.bareMedianMs)],
		['cold run, all cores: machine CPU busy', percent(posters.coldCpuBusy)],
		['renders on a cold run', posters.coldRendered],
		['renders on a rebuild with unchanged PDFs', posters.rebuildRendered],
		['rebuild time for the posters', ms(posters.rebuildWallMs)],
		['peak memory of a render process', `${Math.round(posters.peakRenderMemoryMb)} MB (limit ${posters.memoryLimitMb} MB)`],
	]),
);

const out = path.resolve(import.meta.dirname, '../bench-results/latest.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), posters }, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
