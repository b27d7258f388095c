/**
 * The output folder between builds: only pages the last build left, exactly
 * as it left them, survive its start; after the pages are generated, a kept
 * page this build did not make is gone, unless this build wrote it again.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { emptyAllButKept, settleKept } from '../../src/integrations/kept-output.ts';

let root = '';
let outDir = '';
let cacheDir = '';
beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'interlibrary-kept-'));
	outDir = path.join(root, 'dist');
	cacheDir = path.join(root, 'cache');
	mkdirSync(cacheDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text = file) => {
	mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
	writeFileSync(path.join(outDir, file), text);
};
const exists = (file: string) => existsSync(path.join(outDir, file));
/** Astro's incremental manifest, listing the pages with keys that a build made. */
const astroBuilt = (files: string[]) =>
	writeFileSync(
		path.join(cacheDir, 'incremental-build.json'),
		JSON.stringify({ routes: { 'src/pages/x.astro': { paths: Object.fromEntries(files.map((file) => [`/${file}`, { outputFile: file }])) } } }),
	);

/** A first build: writes the files, lists `keyed` as Astro would, and records them. */
function firstBuild(files: string[], keyed: string[]): void {
	for (const file of files) write(file);
	astroBuilt(keyed);
	settleKept(outDir, cacheDir, new Map());
}

describe('the output folder between builds', () => {
	test('without a record (a first build, or another content’s cache) everything goes, as when Astro empties it', () => {
		write('blog/a/index.html');
		write('_astro/site.css');
		expect(emptyAllButKept(outDir, cacheDir).size).toBe(0);
		expect(exists('blog/a/index.html')).toBe(false);
		expect(exists('_astro/site.css')).toBe(false);
		expect(existsSync(path.join(outDir, 'blog'))).toBe(false);
	});

	test('keeps the recorded pages as they were left, and nothing else', () => {
		firstBuild(['blog/a/index.html', 'blog/b/index.html', 'rss.xml', '_astro/site.css', 'pagefind/x.pf_fragment'], ['blog/a/index.html', 'blog/b/index.html']);
		// Someone (or something) changed one page after the build.
		writeFileSync(path.join(outDir, 'blog/b/index.html'), 'edited by hand');
		utimesSync(path.join(outDir, 'blog/b/index.html'), new Date(), new Date(Date.now() + 5000));

		const kept = emptyAllButKept(outDir, cacheDir, ['pagefind']);
		expect([...kept.keys()]).toEqual(['blog/a/index.html']);
		expect(exists('blog/a/index.html')).toBe(true);
		expect(exists('blog/b/index.html')).toBe(false);
		expect(exists('rss.xml')).toBe(false);
		expect(exists('_astro/site.css')).toBe(false);
		// The search index's folder is left to the integration that rewrites it.
		expect(exists('pagefind/x.pf_fragment')).toBe(true);
	});

	test('a record made for another output folder keeps nothing', () => {
		firstBuild(['blog/a/index.html'], ['blog/a/index.html']);
		const record = path.join(cacheDir, 'interlibrary-kept-output.json');
		writeFileSync(record, readFileSync(record, 'utf8').replace(JSON.stringify(outDir), JSON.stringify(path.join(root, 'elsewhere'))));
		expect(emptyAllButKept(outDir, cacheDir).size).toBe(0);
		expect(exists('blog/a/index.html')).toBe(false);
	});

	test('after the pages are made, a kept page this build did not make is removed, unless this build wrote it', () => {
		firstBuild(['blog/a/index.html', 'blog/deleted/index.html', 'about/index.html'], ['blog/a/index.html', 'blog/deleted/index.html', 'about/index.html']);
		const kept = emptyAllButKept(outDir, cacheDir);
		expect(kept.size).toBe(3);
		// This build: the deleted post is no longer made; /about/ now comes from a route without a key.
		write('about/index.html', 'the new about page');
		utimesSync(path.join(outDir, 'about/index.html'), new Date(), new Date(Date.now() + 5000));
		astroBuilt(['blog/a/index.html']);
		expect(settleKept(outDir, cacheDir, kept)).toEqual({ removed: 1, recorded: 1 });
		expect(exists('blog/deleted/index.html')).toBe(false);
		expect(existsSync(path.join(outDir, 'blog/deleted'))).toBe(false);
		expect(readFileSync(path.join(outDir, 'about/index.html'), 'utf8')).toBe('the new about page');
		expect(exists('blog/a/index.html')).toBe(true);
	});
});
