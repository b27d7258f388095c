/**
 * A render process: takes jobs from its parent (the render pool) one at a
 * time, renders page 1 with pdfjs, writes its image files with sharp (the
 * sizes the site shows, straight from the rendered pixels), and replies
 * with the PDF's facts and text. It runs in its own process so the pool can
 * stop it when a PDF takes too long or too much memory.
 */
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { PosterProblemError } from './poster-problem.ts';
import type { RenderJob, RenderReply } from './render-job.ts';
import { renderPosterPage } from './render-page.ts';
import { type PreviewFiles, writePreviewVariants } from './preview-variants.ts';

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
		let preview: PreviewFiles | undefined;
		const page = await renderPosterPage(bytes, job.settings, async ({ pixels, width, height }) => {
			preview = await writePreviewVariants(pixels, width, height, job.previewBase);
		});
		if (!preview) throw new Error('the page was rendered but its images were not written');
		return {
			id: job.id,
			ok: true,
			renderMs: performance.now() - started,
			facts: {
				bytes: (await stat(job.pdfPath)).size,
				pageCount: page.pageCount,
				pageWidthPt: page.pageWidthPt,
				pageHeightPt: page.pageHeightPt,
				preview,
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
