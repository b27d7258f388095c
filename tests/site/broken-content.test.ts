/**
 * A build of content with mistakes stops before Astro reads anything, with
 * one readable line per problem naming the file, and no stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build';
import { makePdf } from '../support/make-pdf';

const copy = mkdtempSync(path.join(tmpdir(), 'interlibrary-broken-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function breakFile(relative: string, from: RegExp, to: string) {
	const file = path.join(copy, relative);
	const text = readFileSync(file, 'utf8');
	if (!from.test(text)) throw new Error(`${from} not found in ${relative}`);
	writeFileSync(file, text.replace(from, to));
}

test('the build fails with one line per content problem, naming each file', async () => {
	cpSync(path.join(PROJECT_ROOT, 'content'), copy, { recursive: true });
	breakFile('testimonials/adaeze-okafor.md', /^author: .*$/m, 'author: adaeze-okafo');
	breakFile('people/lucia-quispe.yaml', /^country: .*$/m, 'country: XY');
	breakFile('blog/2024/first-call-six-time-zones.md', /^date: .*$/m, 'date: 2024-02-31');
	breakFile('convenings/cape-town-2024.md', /alt: "[^"]*",?\s*/, '');

	const { code, output } = await astroBuild({ INTERLIBRARY_CONTENT: copy }, ['--outDir', path.join(copy, 'dist')]);

	expect(code).not.toBe(0);
	expect(output).toContain('4 problems in the content:');
	const lines = output.split('\n');
	const lineFor = (file: string) => lines.filter((line) => line.includes(file));
	expect(lineFor('testimonials/adaeze-okafor.md')).toEqual([
		expect.stringContaining('`author` names "adaeze-okafo", who is not in content/people/'),
	]);
	expect(lineFor('people/lucia-quispe.yaml')).toEqual([expect.stringContaining('`country` "XY" is not a country code')]);
	expect(lineFor('blog/2024/first-call-six-time-zones.md')).toEqual([
		expect.stringContaining('`date` "2024-02-31" is not a real date'),
	]);
	expect(lineFor('convenings/cape-town-2024.md')).toEqual([
		expect.stringMatching(/`gallery\[0\]\.alt` is missing: describe what the image shows/),
	]);
	expect(output).not.toMatch(/Stack trace|^\s+at /m);
});

describe('poster PDFs that cannot be shown', () => {
	const posters = mkdtempSync(path.join(tmpdir(), 'interlibrary-posters-'));
	afterAll(() => rmSync(posters, { recursive: true, force: true }));

	test('stop the build with one line each, or publish with a placeholder when asked to', async () => {
		cpSync(path.join(PROJECT_ROOT, 'content'), posters, { recursive: true });
		writeFileSync(path.join(posters, 'posters/lagos-lima/poster.pdf'), makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Secret'] }], encrypted: true }));
		const cairo = path.join(posters, 'posters/cairo-porto/poster.pdf');
		writeFileSync(cairo, readFileSync(cairo).subarray(0, 400));

		const failed = await astroBuild({ INTERLIBRARY_CONTENT: posters }, ['--outDir', path.join(posters, 'dist')]);
		expect(failed.code).not.toBe(0);
		expect(failed.output).toContain('2 problems in the content:');
		expect(failed.output).toMatch(/posters\/lagos-lima\/poster\.pdf is password-protected; export it again without a password/);
		expect(failed.output).toMatch(/posters\/cairo-porto\/poster\.pdf is damaged or only partly uploaded and cannot be read/);
		expect(failed.output).toContain('POSTER_ERRORS=placeholder');
		expect(failed.output).not.toMatch(/Stack trace|^\s+at /m);

		const dist = path.join(posters, 'dist');
		const published = await astroBuild({ INTERLIBRARY_CONTENT: posters, POSTER_ERRORS: 'placeholder' }, ['--outDir', dist]);
		expect(published.code, published.output).toBe(0);
		expect(published.output).toMatch(/posters\/lagos-lima\/poster\.pdf is password-protected/);
		const page = readFileSync(path.join(dist, 'posters/lagos-lima/index.html'), 'utf8');
		expect(page).toContain('Preview not available');
		expect(page).toMatch(/Download the poster/);
		expect(readFileSync(path.join(dist, 'posters/lagos-lima/poster.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
		// The others keep their previews.
		expect(readFileSync(path.join(dist, 'posters/cebu-winnipeg/index.html'), 'utf8')).toMatch(/<img[^>]+alt="Poster: Study Spaces After Dark/);
	});
});
