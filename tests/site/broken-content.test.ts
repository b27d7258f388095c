/**
 * A build of content with mistakes stops before Astro reads anything, with
 * one readable line per problem naming the file, and no stack trace.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, SAMPLE, astroBuild } from '../support/build.ts';
import { makePdf, slowDrawing } from '../support/make-pdf.ts';

const copy = mkdtempSync(path.join(tmpdir(), 'interlibrary-broken-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function breakFile(relative: string, from: RegExp, to: string) {
	const file = path.join(copy, relative);
	const text = readFileSync(file, 'utf8');
	if (!from.test(text)) throw new Error(`${from} not found in ${relative}`);
	writeFileSync(file, text.replace(from, to));
}

test('the build fails with one line per content problem, naming each file', async () => {
	cpSync(SAMPLE, copy, { recursive: true });
	breakFile('testimonials/adaeze-okafor.md', /^author: .*$/m, 'author: adaeze-okafo');
	breakFile('people/lucia-quispe.yaml', /^country: .*$/m, 'country: XY');
	breakFile('blog/2024/first-call-six-time-zones.md', /^date: .*$/m, 'date: 2024-02-31');
	breakFile('convenings/cape-town-2024.md', /alt: "[^"]*",?\s*/, '');
	breakFile('blog/2024/first-call-six-time-zones.md', /\n---\n/, '\n---\n![](./images/first-call.jpg)\n');

	const { code, output } = await astroBuild({ INTERLIBRARY_CONTENT: copy }, ['--outDir', path.join(copy, 'dist')]);

	expect(code).not.toBe(0);
	expect(output).toContain('5 problems in the content:');
	const lines = output.split('\n');
	const lineFor = (file: string) => lines.filter((line) => line.includes(file));
	expect(lineFor('testimonials/adaeze-okafor.md')).toEqual([expect.stringContaining('`author` names "adaeze-okafo", who is not in content/people/')]);
	expect(lineFor('people/lucia-quispe.yaml')).toEqual([expect.stringContaining('`country` "XY" is not a country code')]);
	expect(lineFor('blog/2024/first-call-six-time-zones.md')).toEqual([
		expect.stringContaining('`date` "2024-02-31" is not a real date'),
		// Printed as written: the example keeps its brackets, so it can be copied.
		expect.stringContaining(
			'the image ./images/first-call.jpg has no alt text: describe what it shows between the square brackets, like ![Six teenagers reading under a tree](./images/first-call.jpg)',
		),
	]);
	expect(output).toContain('Fix each line above, then build again.');
	expect(output).not.toMatch(/unhandled error/i);
	expect(lineFor('convenings/cape-town-2024.md')).toEqual([expect.stringMatching(/`gallery\[0\]\.alt` is missing: describe what the image shows/)]);
	expect(output).not.toMatch(/Stack trace|^\s+at /m);
});

describe('poster PDFs that cannot be shown', () => {
	const posters = mkdtempSync(path.join(tmpdir(), 'interlibrary-posters-'));
	afterAll(() => rmSync(posters, { recursive: true, force: true }));

	test('are named in one list with every other problem, found by opening or by rendering; or published with a placeholder when asked', async () => {
		cpSync(SAMPLE, posters, { recursive: true });
		writeFileSync(path.join(posters, 'posters/lagos-lima/poster.pdf'), makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Secret'] }], encrypted: true }));
		const cairo = path.join(posters, 'posters/cairo-porto/poster.pdf');
		writeFileSync(cairo, readFileSync(cairo).subarray(0, 400));
		// A small file that opens fine, but whose three million shapes need over a gigabyte to draw:
		// only rendering can tell. (The time limit is far away, so the memory limit decides, on any machine.)
		writeFileSync(path.join(posters, 'posters/amman-nairobi/poster.pdf'), makePdf({ pages: [{ width: 1684, height: 2384, drawing: slowDrawing(3_000_000) }] }));
		const testimonial = path.join(posters, 'testimonials/adaeze-okafor.md');
		const original = readFileSync(testimonial, 'utf8');
		writeFileSync(testimonial, original.replace(/^author: .*$/m, 'author: adaeze-okafo'));
		const limits = { POSTER_RENDER_TIMEOUT: '300' };

		const failed = await astroBuild({ INTERLIBRARY_CONTENT: posters, ...limits }, ['--outDir', path.join(posters, 'dist')]);
		expect(failed.code).not.toBe(0);
		expect(failed.output).toContain('4 problems in the content:');
		expect(failed.output).toMatch(/posters\/lagos-lima\/poster\.pdf is password-protected; export it again without a password/);
		expect(failed.output).toMatch(/posters\/cairo-porto\/poster\.pdf is damaged or only partly uploaded and cannot be read/);
		expect(failed.output).toMatch(
			/posters\/amman-nairobi\/poster\.pdf needed too much memory to render \(over 1024 MB\): its pages are very large or very complex drawings/,
		);
		expect(failed.output).toMatch(/testimonials\/adaeze-okafor\.md:\d+: `author` names "adaeze-okafo"/);
		expect(failed.output).toContain('POSTER_ERRORS=placeholder');
		expect(failed.output).not.toMatch(/Stack trace|^\s+at /m);

		writeFileSync(testimonial, original);
		const dist = path.join(posters, 'dist');
		const published = await astroBuild({ INTERLIBRARY_CONTENT: posters, POSTER_ERRORS: 'placeholder', ...limits }, ['--outDir', dist]);
		expect(published.code, published.output).toBe(0);
		expect(published.output).toMatch(/posters\/lagos-lima\/poster\.pdf is password-protected/);
		expect(published.output).toMatch(/posters\/amman-nairobi\/poster\.pdf needed too much memory to render/);
		const page = readFileSync(path.join(dist, 'posters/lagos-lima/index.html'), 'utf8');
		expect(page).toContain('Preview not available');
		expect(page).toMatch(/Download the poster/);
		expect(readFileSync(path.join(dist, 'posters/lagos-lima/poster.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
		// The others keep their previews.
		expect(readFileSync(path.join(dist, 'posters/cebu-winnipeg/index.html'), 'utf8')).toMatch(/<img[^>]+alt="Poster: Study Spaces After Dark/);
	});
});

describe('MDX from a participant', () => {
	const content = mkdtempSync(path.join(tmpdir(), 'interlibrary-mdx-'));
	const marker = path.join(content, '..', `${path.basename(content)}-ran-at-build.txt`);
	afterAll(() => {
		rmSync(content, { recursive: true, force: true });
		rmSync(marker, { force: true });
	});

	test('is refused in every participants’ folder, and never runs: the build fails and nothing is written', async () => {
		cpSync(SAMPLE, content, { recursive: true });
		const payload = `import { writeFileSync } from 'node:fs';\nexport const x = writeFileSync(${JSON.stringify(marker)}, 'ran');\n\nHello.\n`;
		const frontmatter = '---\ntitle: Anything\ndate: 2024-03-01\nauthors: [adaeze-okafor]\nsummary: A post.\n---\n';
		const files = ['blog/2024/anything.mdx', 'testimonials/anything.mdx', 'posters/anything/index.mdx', 'people/anything.mdx'];
		for (const file of files) {
			mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
			writeFileSync(path.join(content, file), `${frontmatter}${payload}`);
		}

		const { code, output } = await astroBuild({ INTERLIBRARY_CONTENT: content }, ['--outDir', path.join(content, 'dist')]);
		expect(code).not.toBe(0);
		expect(output).toContain(`${files.length} problems in the content:`);
		for (const file of files) expect(output).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')} is MDX, which runs code when the site is built`));
		expect(existsSync(marker)).toBe(false);
		expect(existsSync(path.join(PROJECT_ROOT, 'ran-at-build.txt'))).toBe(false);
	});
});
