// Writes the sample conference posters as one-page PDFs.
//
//   node scripts/sample-posters.ts                      # the 7 samples -> content/posters/<slug>/poster.pdf
//   node scripts/sample-posters.ts --only lagos-lima    # just some of them (comma-separated slugs)
//   node scripts/sample-posters.ts --out /tmp/posters   # the 7 samples -> /tmp/posters/<slug>/poster.pdf
//   node scripts/sample-posters.ts --synthetic 40 --out /tmp/bench [--seed 7]
//                                                       # 40 varied synthetic posters (no samples)
//
// Needs Node 24 (runs the TypeScript directly), playwright-core and sharp from
// node_modules, Chromium at /usr/bin/chromium (or $CHROMIUM_PATH), and the
// fonts-noto-core package for Arabic and Devanagari text.

import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderPosterPdfs } from './lib/poster-render.ts';
import type { RenderedPoster } from './lib/poster-render.ts';
import { SAMPLE_POSTERS } from './lib/poster-samples.ts';
import { makeSyntheticPosters } from './lib/poster-synthetic.ts';
import type { PosterSpec } from './lib/poster-types.ts';

export { renderPosterPdfs, SAMPLE_POSTERS, makeSyntheticPosters };
export type { PosterSpec, RenderedPoster };

const ROOT = path.resolve(import.meta.dirname, '..');

const HELP = `Usage: node scripts/sample-posters.ts [options]

  --out DIR          write <DIR>/<slug>/poster.pdf (default: content/posters for the
                     samples, ${path.join(os.tmpdir(), 'interlibrary-synthetic-posters')} for --synthetic)
  --only SLUGS       comma-separated sample slugs to render
  --synthetic N      render N seeded synthetic posters instead of the samples
  --seed S           seed for --synthetic (default 20240201)
  --concurrency N    pages rendering in parallel (default 3)
  --chromium PATH    Chromium executable (default $CHROMIUM_PATH or /usr/bin/chromium)
  -h, --help         show this help`;

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			out: { type: 'string' },
			only: { type: 'string' },
			synthetic: { type: 'string' },
			seed: { type: 'string' },
			concurrency: { type: 'string' },
			chromium: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
		allowPositionals: false,
	});
	if (values.help) {
		console.log(HELP);
		return 0;
	}

	let specs: PosterSpec[];
	let outDir: string;
	if (values.synthetic !== undefined) {
		const n = Number.parseInt(values.synthetic, 10);
		if (!Number.isFinite(n) || n < 1) throw new Error(`--synthetic needs a positive number, got ${values.synthetic}`);
		const seed = values.seed !== undefined ? Number.parseInt(values.seed, 10) : undefined;
		specs = makeSyntheticPosters(n, seed !== undefined && Number.isFinite(seed) ? { seed } : {});
		outDir = path.resolve(values.out ?? path.join(os.tmpdir(), 'interlibrary-synthetic-posters'));
	} else {
		specs = SAMPLE_POSTERS;
		if (values.only) {
			const wanted = new Set(
				values.only
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean),
			);
			const unknown = [...wanted].filter((s) => !SAMPLE_POSTERS.some((p) => p.slug === s));
			if (unknown.length > 0) throw new Error(`Unknown poster slug(s): ${unknown.join(', ')}`);
			specs = SAMPLE_POSTERS.filter((p) => wanted.has(p.slug));
		}
		outDir = path.resolve(values.out ?? path.join(ROOT, 'content', 'posters'));
	}

	const concurrency = values.concurrency !== undefined ? Number.parseInt(values.concurrency, 10) : 3;
	const t0 = Date.now();
	const results = await renderPosterPdfs(specs, {
		outDir,
		concurrency: Number.isFinite(concurrency) && concurrency > 0 ? concurrency : 3,
		...(values.chromium ? { executablePath: values.chromium } : {}),
		log: (m) => console.log(m),
	});
	const total = results.reduce((sum, r) => sum + r.bytes, 0);
	const overflowing = results.filter((r) => !r.fits);
	console.log(
		`\n${results.length} poster(s), ${(total / 1024 / 1024).toFixed(2)} MiB in total, ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), outDir) || '.'}`,
	);
	if (overflowing.length > 0) {
		console.error(`Content did not fit on the page even at the smallest text size: ${overflowing.map((r) => r.slug).join(', ')}`);
		return 1;
	}
	return 0;
}

if (import.meta.main) {
	main().then(
		(code) => process.exit(code),
		(err: unknown) => {
			console.error(err instanceof Error ? (err.stack ?? err.message) : err);
			process.exit(1);
		},
	);
}
