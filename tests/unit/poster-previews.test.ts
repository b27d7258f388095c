/** The poster cache: a second pass over unchanged PDFs renders nothing; a changed PDF renders again. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createRenderPool } from '../../src/lib/pdf/render-pool.ts';
import { preparePosterPdfs } from '../../src/loaders/poster-previews.ts';
import { makePdf } from '../support/make-pdf.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'interlibrary-cache-'));
const pool = createRenderPool({ size: 2, timeoutMs: 20_000, memoryLimitMb: 1024 });
afterAll(async () => {
	await pool.close();
	rmSync(dir, { recursive: true, force: true });
});

test('renders new PDFs once, then serves them from the cache until they change', async () => {
	const sources = ['a', 'b', 'c'].map((id) => {
		const pdfPath = path.join(dir, `${id}.pdf`);
		writeFileSync(pdfPath, makePdf({ pages: [{ width: 1684, height: 2384, lines: [`Poster ${id}`] }] }));
		return { id, pdfPath };
	});
	const broken = { id: 'broken', pdfPath: path.join(dir, 'broken.pdf') };
	writeFileSync(broken.pdfPath, 'not a pdf');
	const cacheDir = path.join(dir, 'cache');

	const first = await preparePosterPdfs([...sources, broken], { cacheDir, pool });
	expect(first.stats).toMatchObject({ rendered: 3, unchanged: 0, failed: 1 });
	expect(first.stats.renderMs).toHaveLength(3);
	const a = first.posters.get('a');
	expect(a?.ok && a.facts.text).toEqual(['Poster a']);

	const second = await preparePosterPdfs([...sources, broken], { cacheDir, pool });
	expect(second.stats).toMatchObject({ rendered: 0, unchanged: 3, failed: 1 });
	expect(second.posters.get('a')).toEqual(first.posters.get('a'));

	writeFileSync(sources[1]!.pdfPath, makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Poster b, second edition'] }] }));
	const third = await preparePosterPdfs(sources, { cacheDir, pool });
	expect(third.stats).toMatchObject({ rendered: 1, unchanged: 2, failed: 0 });
	const b = third.posters.get('b');
	expect(b?.ok && b.facts.text).toEqual(['Poster b, second edition']);
});
