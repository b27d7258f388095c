/**
 * Builds the Pagefind search index after every build (no separate command),
 * from the pages marked with `data-pagefind-body`. In dev, serves the index
 * of the last build, so search can be tried while writing.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

/** Indexes the built site in `outDir` into `outDir/pagefind/`; throws (failing the build) on any error. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; languages: string[] }> {
	try {
		const { index, errors: createErrors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const bundle = path.join(outDir, 'pagefind');
		const written = await index.writeFiles({ outputPath: bundle });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
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
				const bundle = path.join(outDir, 'pagefind');
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
