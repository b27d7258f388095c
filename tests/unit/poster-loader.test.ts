/**
 * The posters loader as Astro's Content Layer drives it: a second sync keeps
 * unchanged entries (nothing parsed or rendered again), and under `astro dev`
 * a change reloads only the poster it belongs to, one reload at a time.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, expect, test } from 'vitest';
import { posterLoader } from '../../src/loaders/posters.ts';
import { makePdf } from '../support/make-pdf.ts';

const root = mkdtempSync(path.join(tmpdir(), 'interlibrary-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = path.join(root, 'content');

function writePoster(id: string, title: string) {
	mkdirSync(path.join(content, 'posters', id), { recursive: true });
	writeFileSync(path.join(content, 'posters', id, 'index.md'), `---\ntitle: ${title}\nauthors: [a]\nround: "2024"\npdf: poster.pdf\n---\nAbout ${title}.\n`);
	writeFileSync(path.join(content, 'posters', id, 'poster.pdf'), makePdf({ pages: [{ width: 600, height: 800, lines: [title] }] }));
}

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	digest?: string | number;
	filePath?: string;
}

/** The parts of Astro's loader context the posters loader uses, with counters. */
function fakeContext(watcher?: EventEmitter) {
	const entries = new Map<string, StoredEntry>();
	const calls = { parsed: [] as string[], rendered: 0, syncing: 0, mostAtOnce: 0 };
	const context = {
		collection: 'posters',
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${path.join(root, 'cache')}/`) },
		logger: { info: () => {}, warn: () => {}, error: (message: string) => console.error(message) },
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: StoredEntry) => {
				entries.set(entry.id, entry);
				return true;
			},
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
		},
		parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
			calls.parsed.push(id);
			calls.syncing++;
			calls.mostAtOnce = Math.max(calls.mostAtOnce, calls.syncing);
			await new Promise((resolve) => setTimeout(resolve, 20));
			calls.syncing--;
			return data;
		},
		renderMarkdown: () => {
			calls.rendered++;
			return Promise.resolve({ html: '' });
		},
		generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
		watcher,
	};
	return { context: context as unknown as LoaderContext, entries, calls };
}

test('a second sync keeps every unchanged poster without parsing or rendering it again', async () => {
	writePoster('lima-accra', 'Two Libraries');
	writePoster('cairo-porto', 'Grandmothers');
	const loader = posterLoader({ contentDir: content });
	const { context, entries, calls } = fakeContext();
	await loader.load(context);
	expect(calls.parsed.sort()).toEqual(['cairo-porto', 'lima-accra']);
	expect(entries.get('lima-accra')?.data['pdfInfo']).toMatchObject({ fileName: 'poster.pdf', pageCount: 1 });

	calls.parsed.length = 0;
	calls.rendered = 0;
	await loader.load(context);
	expect(calls.parsed).toEqual([]);
	expect(calls.rendered).toBe(0);

	// A changed index.md is synced again; the other is kept.
	writeFileSync(
		path.join(content, 'posters/cairo-porto/index.md'),
		`---\ntitle: Grandmothers' Stories\nauthors: [a]\nround: "2024"\npdf: poster.pdf\n---\nNew.\n`,
	);
	await loader.load(context);
	expect(calls.parsed).toEqual(['cairo-porto']);
	expect(entries.get('cairo-porto')?.data['title']).toBe("Grandmothers' Stories");
});

test('under astro dev, a change reloads only its poster, and reloads never overlap', async () => {
	writePoster('one', 'One');
	writePoster('two', 'Two');
	writePoster('three', 'Three');
	const watcher = new EventEmitter();
	const loader = posterLoader({ contentDir: content });
	const { context, entries, calls } = fakeContext(watcher);
	await loader.load(context);
	calls.parsed.length = 0;
	calls.mostAtOnce = 0;

	writeFileSync(path.join(content, 'posters/two/index.md'), `---\ntitle: Two, again\nauthors: [a]\nround: "2024"\npdf: poster.pdf\n---\nChanged.\n`);
	writeFileSync(path.join(content, 'posters/three/index.md'), `---\ntitle: Three, again\nauthors: [a]\nround: "2024"\npdf: poster.pdf\n---\nChanged.\n`);
	watcher.emit('all', 'change', path.join(content, 'posters/two/index.md'));
	watcher.emit('all', 'change', path.join(content, 'posters/three/index.md'));
	watcher.emit('all', 'change', path.join(content, 'blog/2024/a-post.md'));
	await expect.poll(() => entries.get('three')?.data['title'], { timeout: 20_000 }).toBe('Three, again');
	await expect.poll(() => entries.get('two')?.data['title'], { timeout: 20_000 }).toBe('Two, again');
	expect(calls.parsed.sort()).toEqual(['three', 'two']);
	expect(calls.mostAtOnce).toBe(1);
	expect(entries.get('one')?.data['title']).toBe('One');
});
