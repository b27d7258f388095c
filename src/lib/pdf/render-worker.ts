/**
 * A render process: takes jobs from its parent (the render pool) one at a
 * time, renders page 1 with pdfjs, writes it as a JPEG with sharp, and replies
 * with the PDF's facts and text. It runs in its own process so the pool can
 * stop it when a PDF takes too long or too much memory.
 */
import { readFile, rename, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { PosterProblemError } from './poster-problem.ts';
import type { RenderJob, RenderReply } from './render-job.ts';
import { renderPosterPage } from './render-page.ts';

// One process per core already: sharp must not start a thread per core in each.
sharp.concurrency(1);

async function run(job: RenderJob): Promise<RenderReply> {
	let bytes: Buffer;
	try {
		bytes = await readFile(job.pdfPath);
	} catch {
		return { id: job.id, ok: false, problem: { kind: 'missing' } };
	}
	const started = performance.now();
	try {
		// Write beside the target and rename, so a killed render never leaves half a preview.
		const partial = `${job.previewPath}.${process.pid}.partial`;
		const page = await renderPosterPage(bytes, job.settings, async ({ pixels, width, height }) => {
			await sharp(pixels, { raw: { width, height, channels: 4 } }).jpeg({ quality: 85, optimiseCoding: false }).toFile(partial);
		});
		await rename(partial, job.previewPath);
		return {
			id: job.id,
			ok: true,
			renderMs: performance.now() - started,
			facts: {
				bytes: (await stat(job.pdfPath)).size,
				pageCount: page.pageCount,
				pageWidthPt: page.pageWidthPt,
				pageHeightPt: page.pageHeightPt,
				previewWidth: page.width,
				previewHeight: page.height,
				text: page.text,
			},
		};
	} catch (error) {
		if (error instanceof PosterProblemError) return { id: job.id, ok: false, problem: error.problem };
		const detail = error instanceof Error ? error.message : String(error);
		return { id: job.id, ok: false, problem: { kind: 'render-failed', detail } };
	}
}

process.on('message', (job: RenderJob) => {
	run(job).then(
		(reply) => process.send?.(reply),
		(error: unknown) => process.send?.({ id: job.id, ok: false, problem: { kind: 'render-failed', detail: String(error) } }),
	);
});
