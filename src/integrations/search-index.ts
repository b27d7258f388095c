/**
 * Builds the Pagefind search index after every build (no separate command),
 * from the pages marked with `data-pagefind-body`. In dev, serves the index
 * of the last build, so search can be tried while writing.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
};

/** The folder of the index, inside the built site. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * Writes the index's files into `folder`, leaving alone those already there
 * with the same bytes, and removes every other file. The folder is kept
 * between builds (see kept-output.ts): most of an index's thousands of
 * files are the same from one build to the next, and on a slow disk making
 * a file costs far more than reading one to compare.
 */
function syncFolder(folder: string, files: readonly { path: string; content: Uint8Array }[]): void {
	const wanted = new Set<string>();
	for (const file of files) {
		const target = path.join(folder, file.path);
		wanted.add(target);
		if (existsSync(target) && Buffer.compare(readFileSync(target), file.content) === 0) continue;
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, file.content);
	}
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		const file = path.join(entry.parentPath, entry.name);
		if (entry.isFile() && !wanted.has(file)) rmSync(file);
	}
}

/** Indexes the built site in `outDir` into `outDir/pagefind/`; throws (failing the build) on any error. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; languages: string[] }> {
	try {
		const { index, errors: createErrors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const bundle = path.join(outDir, SEARCH_INDEX_FOLDER);
		const written = await index.getFiles();
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		mkdirSync(bundle, { recursive: true });
		syncFolder(bundle, written.files);
		// Pagefind reads every HTML file but indexes only pages marked data-pagefind-body; its entry file counts those.
		const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const languages = Object.keys(entry.languages);
		return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), languages };
	} finally {
		await pagefind.close();
	}
}

export function searchIndex(): AstroIntegration {
	let outDir = '';
	let command = '';
	return {
		name: 'interlibrary:search-index',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pages, languages } = await buildSearchIndex(fileURLToPath(dir));
				logger.info(
					`Indexed ${pages} pages in ${languages.length} languages (${languages.join(', ')}) for search in ${Math.round(performance.now() - started)} ms`,
				);
			},
			'astro:server:setup': ({ server, logger }) => {
				const bundle = path.join(outDir, SEARCH_INDEX_FOLDER);
				// (A build starts a server of its own to load content: the hint is for `astro dev` only.)
				if (command === 'dev' && !existsSync(bundle)) logger.info('Search needs an index: run `npm run build` once, and search works here too.');
				server.middlewares.use((request, response, next) => {
					const base = server.config.base.replace(/\/$/, '');
					const url = (request.url ?? '').split('?')[0] ?? '';
					const prefix = `${base}/pagefind/`;
					if (!url.startsWith(prefix)) return next();
					const file = path.join(bundle, path.normalize(decodeURIComponent(url.slice(prefix.length))));
					if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) return next();
					response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}
