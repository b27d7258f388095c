/**
 * Content a program may not have yet: a missing folder or file is an empty
 * collection, said nothing about, and under `astro dev` Astro's own loader
 * takes over once something appears there.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { optionalSource } from '../../src/loaders/optional-source.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-optional-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Astro's loader, recording when it runs. */
function recordingLoader() {
	const runs: LoaderContext[] = [];
	const loader: Loader = { name: 'astro', load: async (context) => void runs.push(context) };
	return { loader, runs };
}

/** What a loader is handed: under `astro dev` with a watcher (an emitter that records what it is asked to watch), in a build without. */
function context(dev: boolean) {
	const cleared: number[] = [];
	const errors: string[] = [];
	const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add: (location: string) => void watcher.watched.push(location) });
	const value = {
		store: { clear: () => void cleared.push(1) },
		logger: { error: (message: string) => void errors.push(message) },
		watcher: dev ? watcher : undefined,
	} as unknown as LoaderContext;
	return { value, watcher, cleared, errors };
}

describe('optionalSource', () => {
	test('hands an existing folder to Astro’s loader', async () => {
		const folder = path.join(scratch, 'existing');
		mkdirSync(folder);
		const { loader, runs } = recordingLoader();
		const build = context(false);
		await optionalSource('interlibrary:events', folder, loader).load(build.value);
		expect(runs).toEqual([build.value]);
		expect(build.cleared).toHaveLength(0);
	});

	test('in a build, a missing folder is an empty collection and Astro’s loader never runs', async () => {
		const { loader, runs } = recordingLoader();
		const build = context(false);
		await optionalSource('interlibrary:events', path.join(scratch, 'no-events'), loader).load(build.value);
		expect(runs).toHaveLength(0);
		expect(build.cleared).toHaveLength(1);
	});

	test('under astro dev, a folder made later is read once its first file appears, and only then', async () => {
		const folder = path.join(scratch, 'later', 'events');
		const { loader, runs } = recordingLoader();
		const dev = context(true);
		const source = optionalSource('interlibrary:events', folder, loader);
		await source.load(dev.value);
		// Synced again before anything appears: still one listener.
		await source.load(dev.value);
		expect(runs).toHaveLength(0);
		expect(dev.cleared).toHaveLength(2);
		// Its parent does not exist either: the nearest folder that does is watched.
		expect(dev.watcher.watched).toEqual([scratch]);
		expect(dev.watcher.listenerCount('add')).toBe(1);

		dev.watcher.emit('add', path.join(scratch, 'later', 'elsewhere.md'));
		dev.watcher.emit('add', path.join(scratch, 'later', 'events-old', 'x.md'));
		expect(runs).toHaveLength(0);

		mkdirSync(folder, { recursive: true });
		writeFileSync(path.join(folder, 'first.md'), '---\ntitle: First\n---\n');
		dev.watcher.emit('add', path.join(folder, 'first.md'));
		dev.watcher.emit('add', path.join(folder, 'second.md'));
		await Promise.resolve();
		// Astro's loader, once started, watches the folder itself.
		expect(runs).toEqual([dev.value]);
		expect(dev.watcher.listenerCount('add')).toBe(0);
	});

	test('under astro dev, a missing single file (redirects.yaml) is read when it is made', async () => {
		const file = path.join(scratch, 'redirects.yaml');
		const { loader, runs } = recordingLoader();
		const dev = context(true);
		await optionalSource('interlibrary:redirects', file, loader).load(dev.value);
		expect(dev.watcher.watched).toEqual([scratch]);
		dev.watcher.emit('add', path.join(scratch, 'redirects.yml'));
		expect(runs).toHaveLength(0);
		dev.watcher.emit('add', file);
		await Promise.resolve();
		expect(runs).toHaveLength(1);
		expect(dev.errors).toEqual([]);
	});
});
