/**
 * A build of content with mistakes stops before Astro reads anything, with
 * one readable line per problem naming the file, and no stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../support/build';

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
