/**
 * The posters collection: `content/posters/<slug>/index.md` plus the PDF its
 * `pdf` field names. Each PDF's first page becomes the preview (through
 * Astro's image pipeline) and its text becomes searchable; unchanged PDFs
 * come from the cache. Every PDF that cannot be rendered is reported at
 * once, one line each, and stops the build unless POSTER_ERRORS=placeholder.
 */
import { globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parse as parseYaml } from 'yaml';
import { entryId } from '../lib/entry-id.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { describePosterProblem } from '../lib/pdf/poster-problem.ts';
import { createRenderPool } from '../lib/pdf/render-pool.ts';
import { posterOptionsFromEnv } from './poster-options.ts';
import { POSTER_CACHE_FOLDER, preparePosterPdfs, type PreparedPoster } from './poster-previews.ts';

interface PosterFile {
	id: string;
	indexPath: string;
	text: string;
	frontmatter: Record<string, unknown>;
	body: string;
	pdfPath: string;
}

async function readPosterFile(base: string, relative: string): Promise<PosterFile> {
	const indexPath = path.join(base, relative);
	const text = await readFile(indexPath, 'utf8');
	const split = splitFrontmatter(text);
	const parsed: unknown = split ? parseYaml(split.yaml) : {};
	const frontmatter = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
	const pdf = 'pdf' in frontmatter && typeof frontmatter.pdf === 'string' ? frontmatter.pdf : 'poster.pdf';
	return {
		id: entryId(relative),
		indexPath,
		text,
		frontmatter,
		body: split?.body ?? text,
		pdfPath: path.join(path.dirname(indexPath), pdf),
	};
}

/** Paths in messages and in the store are relative to the project. */
function fromRoot(context: LoaderContext, absolute: string): string {
	return path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
}

function toData(file: PosterFile, prepared: PreparedPoster | undefined, problemLine: string | undefined) {
	const facts = prepared?.ok ? prepared.facts : undefined;
	// image() resolves paths relative to the entry's file; a relative path keeps that working anywhere.
	let preview: string | undefined;
	if (prepared?.ok) {
		preview = path.relative(path.dirname(file.indexPath), prepared.previewPath).split(path.sep).join('/');
		if (!preview.startsWith('.')) preview = `./${preview}`;
	}
	return {
		...file.frontmatter,
		preview,
		pdfInfo: {
			fileName: path.basename(file.pdfPath),
			bytes: facts?.bytes ?? 0,
			pageCount: facts?.pageCount ?? 0,
			pageWidthPt: facts?.pageWidthPt ?? 0,
			pageHeightPt: facts?.pageHeightPt ?? 0,
		},
		text: facts?.text ?? [],
		problem: problemLine,
	};
}

async function loadPosters(context: LoaderContext, base: string): Promise<void> {
	const { store, logger, parseData, renderMarkdown, generateDigest } = context;
	const options = posterOptionsFromEnv();
	const files = await Promise.all(globSync('*/index.md', { cwd: base }).sort().map((relative) => readPosterFile(base, relative)));

	const started = performance.now();
	const pool = createRenderPool({ size: options.processes, timeoutMs: options.timeoutMs, memoryLimitMb: options.memoryLimitMb });
	let result;
	try {
		result = await preparePosterPdfs(
			files.map(({ id, pdfPath }) => ({ id, pdfPath })),
			{ cacheDir: path.join(fileURLToPath(context.config.cacheDir), POSTER_CACHE_FOLDER), pool },
		);
	} finally {
		await pool.close();
	}
	const { posters, stats } = result;

	const problems: string[] = [];
	const seen = new Set<string>();
	for (const file of files) {
		seen.add(file.id);
		const prepared = posters.get(file.id);
		const problemLine =
			prepared && !prepared.ok ? `${fromRoot(context, file.pdfPath)} ${describePosterProblem(prepared.problem)}` : undefined;
		if (problemLine) problems.push(problemLine);
		const filePath = fromRoot(context, file.indexPath);
		const data = await parseData({ id: file.id, data: toData(file, prepared, problemLine), filePath });
		store.set({
			id: file.id,
			data,
			body: file.body,
			filePath,
			digest: generateDigest(`${file.text}\n${prepared?.ok ? prepared.digest : 'no-preview'}`),
			rendered: await renderMarkdown(file.body, { fileURL: pathToFileURL(file.indexPath) }),
		});
	}
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	logger.info(`${files.length} posters: ${stats.rendered} rendered, ${stats.unchanged} unchanged, ${stats.failed} failed (${seconds} s)`);
	if (problems.length === 0) return;
	const heading = `${problems.length} poster ${problems.length === 1 ? 'PDF' : 'PDFs'} could not be shown:`;
	if (options.onError === 'placeholder') {
		logger.warn([heading, ...problems, 'They are published with a placeholder preview (POSTER_ERRORS=placeholder).'].join('\n'));
		return;
	}
	const error = new AstroError(
		[heading, ...problems].join('\n'),
		'Fix each file above. To publish such posters with a placeholder preview instead, build with POSTER_ERRORS=placeholder.',
	);
	// The lines say everything; a stack trace into the loader would only hide them.
	error.stack = '';
	throw error;
}

/** The Content Layer loader for `content/posters/`. */
export function posterLoader({ base }: { base: string }): Loader {
	let watching = false;
	return {
		name: 'interlibrary:posters',
		load: async (context) => {
			await loadPosters(context, base);
			// In dev, reload when a poster's Markdown or PDF changes; unchanged PDFs come from the cache.
			// Astro may call load() again (a content config reload): listen once.
			if (watching || !context.watcher) return;
			watching = true;
			context.watcher.on('all', (_event, changed) => {
				if (path.resolve(changed).startsWith(path.resolve(base))) {
					loadPosters(context, base).catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
				}
			});
		},
	};
}
