/**
 * Keeps the unchanged pages of the last build in the output folder, instead
 * of letting Astro empty it and copy each of them back from its incremental
 * cache. On a program of thousands of pages that copying is most of a warm
 * build: a page is a folder and a file, and on a slow disk making them costs
 * more than rendering the page did.
 *
 * Nothing stale may survive, so the folder is emptied here instead, of
 * everything but the pages Astro's cache lists (src/data/build-keys.ts),
 * and only when each is the very file the last build left (same size and
 * time, recorded below): a folder written by anything else, or by a build
 * of other content, is emptied as Astro would. Astro renders again every
 * kept page whose key changed; a kept page no longer built (a deleted post,
 * a shorter list) is removed as soon as the pages are generated, before the
 * search index and the other integrations read the folder.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the record of the last build's pages is kept, in Astro's cache folder. */
const RECORD_FILE = 'interlibrary-kept-output.json';
/** Astro's own list of the pages its incremental build can skip (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

interface OutputRecord {
	outDir: string;
	/** Path inside the output folder → [size, modification time in ms]. */
	files: Record<string, [number, number]>;
}

/** The pages kept at the start of a build, with the size and time they had. */
export type KeptFiles = Map<string, [number, number]>;

interface AstroManifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() || entry.isSymbolicLink())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Removes the folders under `dir` that are left empty, deepest first. */
function removeEmptyFolders(dir: string): void {
	const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort((a, b) => b.length - a.length);
	for (const folder of folders) {
		try {
			rmdirSync(folder);
		} catch {
			// Not empty.
		}
	}
}

function unchanged(file: string, [size, mtimeMs]: [number, number]): boolean {
	try {
		const stat = statSync(file);
		return stat.size === size && stat.mtimeMs === mtimeMs;
	} catch {
		return false;
	}
}

/**
 * Empties `outDir` of everything but the recorded pages that are exactly as
 * the last build left them, and the folders whose makers clean them
 * themselves (the search index). Returns the pages kept, with their stamps.
 */
export function emptyAllButKept(outDir: string, cacheDir: string, cleanedElsewhere: readonly string[] = []): KeptFiles {
	const record = readJson<OutputRecord>(path.join(cacheDir, RECORD_FILE));
	const recorded = record?.outDir === outDir ? record.files : {};
	const kept: KeptFiles = new Map();
	for (const file of filesUnder(outDir)) {
		// As Astro's own emptying does, a .git folder (a site published from a git checkout) stays.
		if (['.git', ...cleanedElsewhere].some((folder) => file.startsWith(`${folder}/`))) continue;
		const stamp = recorded[file];
		if (stamp && unchanged(path.join(outDir, file), stamp)) kept.set(file, stamp);
		else rmSync(path.join(outDir, file), { force: true });
	}
	if (existsSync(outDir)) removeEmptyFolders(outDir);
	return kept;
}

/**
 * After the pages are generated: removes the kept pages this build neither
 * listed nor wrote, and records the pages Astro's cache lists, for the next build.
 */
export function settleKept(outDir: string, cacheDir: string, kept: KeptFiles): { removed: number; recorded: number } {
	const manifest = readJson<AstroManifest>(path.join(cacheDir, ASTRO_MANIFEST));
	const built = new Set(Object.values(manifest?.routes ?? {}).flatMap((route) => Object.values(route.paths ?? {}).flatMap((entry) => entry.outputFile ?? [])));
	let removed = 0;
	for (const [file, stamp] of kept) {
		// Written again by this build (a route without a key now makes it): it is current.
		if (built.has(file) || !unchanged(path.join(outDir, file), stamp)) continue;
		rmSync(path.join(outDir, file), { force: true });
		removed++;
	}
	if (removed > 0) removeEmptyFolders(outDir);
	const files: OutputRecord['files'] = {};
	for (const file of built) {
		try {
			const stat = statSync(path.join(outDir, file));
			files[file] = [stat.size, stat.mtimeMs];
		} catch {
			// Not written (an empty response): nothing to keep.
		}
	}
	writeFileSync(path.join(cacheDir, RECORD_FILE), JSON.stringify({ outDir, files } satisfies OutputRecord));
	return { removed, recorded: Object.keys(files).length };
}

/** `cleanedElsewhere`: folders of the output that the integration making them cleans of stale files itself. */
export function keptOutput({ cleanedElsewhere = [] }: { cleanedElsewhere?: readonly string[] } = {}): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let kept: KeptFiles = new Map();
	return {
		name: 'interlibrary:kept-output',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// This integration empties the output folder itself, keeping the unchanged pages.
				if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = path.resolve(fileURLToPath(config.outDir));
				cacheDir = path.resolve(fileURLToPath(config.cacheDir));
			},
			'astro:build:start': ({ logger }) => {
				kept = emptyAllButKept(outDir, cacheDir, cleanedElsewhere);
				if (kept.size > 0)
					logger.info(`Kept ${kept.size.toLocaleString('en')} files of the last build in ${path.basename(outDir)}/, to be checked against their keys`);
			},
			'astro:build:generated': ({ logger }) => {
				const { removed } = settleKept(outDir, cacheDir, kept);
				if (removed > 0) logger.info(`Removed ${removed.toLocaleString('en')} files of the last build that this build no longer makes`);
			},
		},
	};
}
