/**
 * Poster PDFs through the render pool, as the build meets them: good ones
 * give a preview, facts and text; every kind of broken one gives one plain
 * sentence; slow or memory-hungry ones are stopped within their limits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { largestEmbeddedImage } from '../../src/lib/pdf/embedded-images.ts';
import { describePosterProblem } from '../../src/lib/pdf/poster-problem.ts';
import type { RenderOutcome } from '../../src/lib/pdf/render-job.ts';
import { DEFAULT_RENDER_SETTINGS, documentOptions, inspectPdf } from '../../src/lib/pdf/render-page.ts';
import { createRenderPool, renderProcessFlags } from '../../src/lib/pdf/render-pool.ts';
import { makePdf, slowDrawing } from '../support/make-pdf.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interlibrary-pdf-'));
const pool = createRenderPool({ size: 2, timeoutMs: 20_000, memoryLimitMb: 1024 });
afterAll(async () => {
	await pool.close();
	rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
async function render(bytes: Buffer | undefined, settings = DEFAULT_RENDER_SETTINGS, usePool = pool): Promise<RenderOutcome & { previewBase: string }> {
	const name = `case-${++counter}`;
	const pdfPath = path.join(dir, `${name}.pdf`);
	if (bytes) writeFileSync(pdfPath, bytes);
	const previewBase = path.join(dir, name);
	return { ...(await usePool.render({ pdfPath, previewBase, settings })), previewBase };
}

async function problemOf(bytes: Buffer | undefined): Promise<string> {
	const outcome = await render(bytes);
	if (outcome.ok) throw new Error('expected the render to fail');
	return describePosterProblem(outcome.problem);
}

const A1 = { width: 1684, height: 2384 };

describe('a good poster PDF', () => {
	test('gives a preview of page 1 at the set width, its facts and the text of every page', async () => {
		const outcome = await render(
			makePdf({
				pages: [
					{ ...A1, lines: ['Reading Clubs Without Walls', 'Lagos and Lima'] },
					{ width: 595, height: 842, lines: ['References'] },
				],
			}),
		);
		if (!outcome.ok) throw new Error(describePosterProblem(outcome.problem));
		expect(outcome.facts.pageCount).toBe(2);
		expect(outcome.facts.pageWidthPt).toBe(1684);
		expect(outcome.facts.pageHeightPt).toBe(2384);
		expect(outcome.facts.text).toEqual(['Reading Clubs Without Walls\nLagos and Lima', 'References']);
		// The widths pages show, then the rendered width itself, all WebP; and a JPEG for link previews.
		const height = Math.floor((2384 * 1600) / 1684);
		expect(outcome.facts.preview).toMatchObject({ width: 1600, height });
		expect(outcome.facts.preview.variants.map((variant) => variant.width)).toEqual([320, 640, 800, 1600]);
		for (const variant of outcome.facts.preview.variants) {
			const file = await sharp(path.join(dir, variant.file)).metadata();
			expect([file.format, file.width, file.height]).toEqual(['webp', variant.width, variant.height]);
		}
		// The link preview is the card size social networks show, cut from the top, where the title is.
		const social = await sharp(path.join(dir, outcome.facts.preview.social.file)).metadata();
		expect([social.format, social.width, social.height]).toEqual(['jpeg', 1200, 630]);
		expect(outcome.facts.preview.social).toMatchObject({ width: 1200, height: 630 });
	});

	test('a scanned poster with no text still gets its preview', async () => {
		const outcome = await render(makePdf({ pages: [{ ...A1, image: { width: 400, height: 566 } }] }));
		expect(outcome.ok).toBe(true);
		if (outcome.ok) expect(outcome.facts.text.join('').trim()).toBe('');
	});

	test('a 5 m × 5 m page renders within the pixel budget', async () => {
		const side = Math.round((5 / 0.0254) * 72);
		const outcome = await render(makePdf({ pages: [{ width: side, height: side, lines: ['Huge'] }] }));
		if (!outcome.ok) throw new Error(describePosterProblem(outcome.problem));
		expect(outcome.facts.preview.width * outcome.facts.preview.height).toBeLessThanOrEqual(DEFAULT_RENDER_SETTINGS.maxPixels);
		expect(outcome.facts.preview.width).toBe(1600);
	});

	test('a very tall page is scaled down to the pixel budget, not rendered at full width', async () => {
		const outcome = await render(makePdf({ pages: [{ width: 1000, height: 14_000, lines: ['Banner'] }] }));
		if (!outcome.ok) throw new Error(describePosterProblem(outcome.problem));
		expect(outcome.facts.preview.width * outcome.facts.preview.height).toBeLessThanOrEqual(DEFAULT_RENDER_SETTINGS.maxPixels);
		expect(outcome.facts.preview.width).toBeLessThan(1600);
	});
});

describe('an untrusted PDF cannot run anything', () => {
	test('pdf.js opens every poster with evaluation and XFA off', () => {
		const options = documentOptions(new Uint8Array([1, 2, 3]));
		expect(options).toMatchObject({ isEvalSupported: false, enableXfa: false });
		expect(Object.keys(options)).not.toContain('enableScripting');
	});

	test('render processes cannot compile code from strings, and still render', async () => {
		expect(renderProcessFlags(1024)).toContain('--disallow-code-generation-from-strings');
		// The pool's processes run with those flags: a PDF with text and an image still renders.
		const outcome = await render(makePdf({ pages: [{ ...A1, lines: ['Flags on'], image: { width: 64, height: 64 } }] }));
		expect(outcome.ok).toBe(true);
	});
});

describe('what counts as a PDF is for pdf.js to say', () => {
	const good = makePdf({ pages: [{ ...A1, lines: ['Header damaged, content fine'] }] });

	test('a PDF whose header line is damaged, or with junk before it, still renders', async () => {
		const noHeader = Buffer.from(good.toString('latin1').replace('%PDF-1.7', '%PFD-1.7'), 'latin1');
		const junkFirst = Buffer.concat([Buffer.alloc(3000, 0x41), good]);
		for (const bytes of [noHeader, junkFirst]) {
			await expect(inspectPdf(bytes)).resolves.toEqual({ pageCount: 1 });
			const outcome = await render(bytes);
			if (!outcome.ok) throw new Error(describePosterProblem(outcome.problem));
			expect(outcome.facts.text).toEqual(['Header damaged, content fine']);
		}
	});
});

describe('a broken poster PDF is one plain sentence', () => {
	const good = makePdf({ pages: [{ ...A1, lines: ['A poster'] }] });

	test('a missing file', async () => {
		expect(await problemOf(undefined)).toBe('is missing; add the PDF to the poster\u2019s folder or fix the `pdf` field in index.md');
	});
	test('a zero-byte file', async () => {
		expect(await problemOf(Buffer.alloc(0))).toBe('is empty (0 bytes); the upload did not finish, so upload the PDF again');
	});
	test('a file that is not a PDF', async () => {
		const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
			.png()
			.toBuffer();
		expect(await problemOf(png)).toBe('is not a PDF (it looks like a PNG image); export the poster as PDF and upload that file');
		expect(await problemOf(Buffer.from('Dear coordinators, here is our poster'))).toBe('is not a PDF; export the poster as PDF and upload that file');
	});
	test('a truncated PDF and a corrupt one', async () => {
		const damaged = 'is damaged or only partly uploaded and cannot be read; export it again as PDF and upload the new file';
		expect(await problemOf(good.subarray(0, 60))).toBe(damaged);
		const scrambled = Buffer.from(good);
		scrambled.fill(0x20, 20, scrambled.length - 30);
		expect(await problemOf(scrambled)).toBe(damaged);
	});
	test('a password-protected PDF', async () => {
		expect(await problemOf(makePdf({ pages: [{ ...A1, lines: ['Secret'] }], encrypted: true }))).toBe(
			'is password-protected; export it again without a password',
		);
	});
	test('a PDF with no pages', async () => {
		expect(await problemOf(makePdf({ pages: [] }))).toBe('has no pages; export the poster again');
	});
	test('a page too large to render', async () => {
		expect(await problemOf(makePdf({ pages: [{ width: 20_000, height: 20_000 }] }))).toBe(
			'has a first page too large to show (7.06 m × 7.06 m); export it at poster size, A0 (841 × 1189 mm) or smaller',
		);
	});
});

describe('limits', () => {
	test('a render that does not finish in time is stopped and reported, and the pool goes on', async () => {
		// Five seconds: far below the minute the slow PDF needs, far above what a small one needs on a busy machine.
		// The slow drawing also grows (past 1 GB within 5 s on a quiet machine): a high memory limit lets time decide.
		const quick = createRenderPool({ size: 1, timeoutMs: 5000, memoryLimitMb: 8192 });
		try {
			const slow = makePdf({ pages: [{ ...A1, drawing: slowDrawing(3_000_000) }] });
			const started = performance.now();
			const outcome = await render(slow, DEFAULT_RENDER_SETTINGS, quick);
			// Stopped at its limit, not left to run its course (over a minute): a wide bound, for a loaded machine.
			expect(performance.now() - started).toBeLessThan(30_000);
			expect(outcome.ok).toBe(false);
			if (!outcome.ok) {
				expect(describePosterProblem(outcome.problem)).toBe(
					'took too long to render (over 5 s); simplify it (flatten very complex drawings or effects) and export it again',
				);
			}
			// The next PDF gets a fresh render process.
			const next = await render(makePdf({ pages: [{ ...A1, lines: ['After'] }] }), DEFAULT_RENDER_SETTINGS, quick);
			expect(next.ok).toBe(true);
		} finally {
			await quick.close();
		}
	}, 60_000);

	test('a render that grows past the memory limit is stopped and reported', async () => {
		const small = createRenderPool({ size: 1, timeoutMs: 60_000, memoryLimitMb: 300 });
		try {
			// A 12,000 × 12,000 image: 430 MB once decoded, a few hundred kilobytes in the file.
			const bomb = makePdf({ pages: [{ ...A1, image: { width: 12_000, height: 12_000 } }] });
			const outcome = await render(bomb, DEFAULT_RENDER_SETTINGS, small);
			expect(outcome.ok).toBe(false);
			if (!outcome.ok) {
				expect(describePosterProblem(outcome.problem)).toBe(
					'needed too much memory to render (over 300 MB): it embeds a very large image (12,000 × 12,000 pixels); export it again with images at 300 dpi or less',
				);
			}
			expect(small.peakMemoryMb()).toBeLessThan(300 + 250);
		} finally {
			await small.close();
		}
	}, 60_000);
});

describe('explaining a render that ran out of memory', () => {
	test('finds the largest image a PDF embeds, from its bytes', () => {
		const twoImages = makePdf({
			pages: [
				{ ...A1, image: { width: 300, height: 200 } },
				{ ...A1, image: { width: 900, height: 40 } },
			],
		});
		expect(largestEmbeddedImage(twoImages)).toEqual({ width: 300, height: 200 });
		expect(largestEmbeddedImage(makePdf({ pages: [{ ...A1, lines: ['Text only'] }] }))).toBeUndefined();
	});

	test('blames the pages, not an image, when no image is large', () => {
		expect(describePosterProblem({ kind: 'too-much-memory', detail: '1024 MB' })).toBe(
			'needed too much memory to render (over 1024 MB): its pages are very large or very complex drawings; export it again at a standard paper size such as A0 or A1, with effects flattened',
		);
		expect(describePosterProblem({ kind: 'too-much-memory', detail: '1024 MB', largeImage: { width: 20_000, height: 15_000 } })).toBe(
			'needed too much memory to render (over 1024 MB): it embeds a very large image (20,000 × 15,000 pixels); export it again with images at 300 dpi or less',
		);
	});
});
