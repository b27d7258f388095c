/**
 * The poster pipeline against bare pdfjs-dist, in the same run: page 1 of
 * the same PDFs at the same width. Reports medians per poster, how busy the
 * cores were while many posters were new, renders on a rebuild, and the
 * peak memory of a render process.
 */
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEFAULT_RENDER_SETTINGS } from '../../src/lib/pdf/render-page.ts';
import { createRenderPool } from '../../src/lib/pdf/render-pool.ts';
import { preparePosterPdfs } from '../../src/loaders/poster-previews.ts';
import { median, withCpuUse } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The sample program's poster generator, which also makes varied synthetic posters for the benchmark. */
const SAMPLE_POSTER_GENERATOR = 'examples/open-stacks/tools/sample-posters.ts';

/** Synthetic poster PDFs made by the sample program's poster generator, kept between runs (they take a while to make). */
export function syntheticPosters(count: number, seed = 7): string[] {
	const dir = path.join(ROOT, 'node_modules/.cache/interlibrary-bench', `posters-${count}-${seed}`);
	const existing = existsSync(dir) ? globSync('*/poster.pdf', { cwd: dir }) : [];
	if (existing.length < count) {
		console.error(`Making ${count} synthetic poster PDFs in ${path.relative(ROOT, dir)} (once)…`);
		const made = spawnSync(process.execPath, [path.join(ROOT, SAMPLE_POSTER_GENERATOR), '--synthetic', String(count), '--seed', String(seed), '--out', dir], {
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		if (made.status !== 0) throw new Error(`${SAMPLE_POSTER_GENERATOR} failed`);
	}
	return globSync('*/poster.pdf', { cwd: dir })
		.sort()
		.slice(0, count)
		.map((file) => path.join(dir, file));
}

const pdfjsRoot = path.join(ROOT, 'node_modules/pdfjs-dist');

/**
 * The baseline: pdfjs-dist alone renders page 1 at the preview's width. With
 * `readPixels`, the pixels are also read out of the canvas: Skia defers part
 * of the drawing until then, so a render whose pixels nobody reads is cheaper
 * than one that can be used.
 */
async function barePdfjsRender(pdfPath: string, readPixels: boolean): Promise<number> {
	const started = performance.now();
	const task = getDocument({
		data: new Uint8Array(readFileSync(pdfPath)),
		standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
		cMapUrl: `${pdfjsRoot}/cmaps/`,
		verbosity: 0,
	});
	const doc = await task.promise;
	const page = await doc.getPage(1);
	const base = page.getViewport({ scale: 1 });
	const { width, maxPixels } = DEFAULT_RENDER_SETTINGS;
	const viewport = page.getViewport({ scale: Math.min(width / base.width, Math.sqrt(maxPixels / (base.width * base.height))) });
	const factory = doc.canvasFactory as { create: (w: number, h: number) => { canvas: unknown } };
	const { canvas } = factory.create(Math.floor(viewport.width), Math.floor(viewport.height));
	await page.render({ canvas: canvas as HTMLCanvasElement, viewport }).promise;
	if (readPixels) (canvas as { data(): Buffer }).data();
	await task.destroy();
	return performance.now() - started;
}

export interface PosterBench {
	posters: number;
	cores: number;
	/** pdfjs-dist's render call alone. */
	bareMedianMs: number;
	/** pdfjs-dist's render call and reading the pixels out. */
	barePixelsMedianMs: number;
	/** Ours, one render process at a time: the same conditions as the baseline. */
	oneProcessMedianMs: number;
	ratioToBare: number;
	ratioToBarePixels: number;
	/** All cores: the wall time of a cold run divided by the number of posters. */
	coldWallPerPosterMs: number;
	coldCpuBusy: number | undefined;
	coldRendered: number;
	rebuildRendered: number;
	rebuildWallMs: number;
	peakRenderMemoryMb: number;
	memoryLimitMb: number;
}

export async function benchPosters(count: number): Promise<PosterBench> {
	const pdfs = syntheticPosters(count);
	const sources = pdfs.map((pdfPath, index) => ({ id: `poster-${index}`, pdfPath }));
	const memoryLimitMb = 1024;

	const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-bench-posters-'));
	try {
		// Baselines and ours take turns on each PDF, so that drift in the machine's speed hits all alike.
		const single = createRenderPool({ size: 1, timeoutMs: 120_000, memoryLimitMb });
		await barePdfjsRender(pdfs[0] ?? '', true);
		await preparePosterPdfs(sources.slice(0, 1), { cacheDir: path.join(scratch, 'warm-up'), pool: single });
		const bare: number[] = [];
		const barePixels: number[] = [];
		const ours: number[] = [];
		for (const source of sources) {
			bare.push(await barePdfjsRender(source.pdfPath, false));
			barePixels.push(await barePdfjsRender(source.pdfPath, true));
			const one = await preparePosterPdfs([source], { cacheDir: path.join(scratch, 'one'), pool: single });
			ours.push(...one.stats.renderMs);
		}
		await single.close();

		const pool = createRenderPool({ timeoutMs: 120_000, memoryLimitMb });
		const cold = await withCpuUse(() => preparePosterPdfs(sources, { cacheDir: path.join(scratch, 'all'), pool }));
		const rebuild = await withCpuUse(() => preparePosterPdfs(sources, { cacheDir: path.join(scratch, 'all'), pool }));
		await pool.close();

		const oneProcessMedianMs = median(ours);
		const bareMedianMs = median(bare);
		const barePixelsMedianMs = median(barePixels);
		return {
			posters: pdfs.length,
			cores: availableParallelism(),
			bareMedianMs,
			barePixelsMedianMs,
			oneProcessMedianMs,
			ratioToBare: oneProcessMedianMs / bareMedianMs,
			ratioToBarePixels: oneProcessMedianMs / barePixelsMedianMs,
			coldWallPerPosterMs: cold.wallMs / pdfs.length,
			coldCpuBusy: cold.cpuBusy,
			coldRendered: cold.result.stats.rendered,
			rebuildRendered: rebuild.result.stats.rendered,
			rebuildWallMs: rebuild.wallMs,
			peakRenderMemoryMb: Math.max(pool.peakMemoryMb(), single.peakMemoryMb()),
			memoryLimitMb,
		};
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
