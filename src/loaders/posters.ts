/**
 * The posters collection: `content/posters/<slug>/index.md` plus the PDF its
 * `pdf` field names. Each PDF's first page becomes the preview (through
 * Astro's image pipeline) and its text becomes searchable; unchanged PDFs
 * come from the cache. Every PDF that cannot be rendered is reported at
 * once, one line each, and stops the build unless POSTER_ERRORS=placeholder.
 *
 * Like Astro's own glob loader, an entry whose files have not changed since
 * the last sync is kept as it is (no parsing, rendering or hashing); under
 * `astro dev`, a change reloads only the poster it belongs to, one reload at
 * a time.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parse as parseYaml } from 'yaml';
import { attachmentPath, collectionPath, type EntryFile, entryFiles } from '../lib/content-files.ts';
import { entryId } from '../lib/entry-id.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { describePosterProblem } from '../lib/pdf/poster-problem.ts';
import { createRenderPool } from '../lib/pdf/render-pool.ts';
import type { ImageFile } from '../lib/pdf/preview-variants.ts';
import { posterPreviewSchema } from '../schemas/entries.ts';
import { type PosterOptions, posterOptionsFromEnv } from './poster-options.ts';
import { DOWNLOADS_FOLDER, POSTER_CACHE_FOLDER, preparePosterPdfs, type PreparedPoster, renderStamp } from './poster-previews.ts';
import { isRemotePdf, remotePdfCachePath } from '../lib/pdf/remote-pdf.ts';

interface PosterFile {
	id: string;
	indexPath: string;
	text: string;
	frontmatter: Record<string, unknown>;
	body: string;
	/** The PDF beside index.md, or the https address of a poster kept in a repository. */
	pdfPath: string;
	/**
	 * What the entry depends on, cheaply: index.md's text and the PDF's size and
	 * modification time. When it matches the stored entry's, nothing is redone.
	 * (The preview cache itself is keyed by the PDF's bytes, so a touched but
	 * unchanged PDF is hashed, found in the cache, and not rendered again.)
	 */
	fingerprint: string;
}

async function readPosterFile({ id, file }: EntryFile, downloads: string): Promise<PosterFile> {
	const text = await readFile(file, 'utf8');
	const split = splitFrontmatter(text);
	let parsed: unknown = {};
	try {
		parsed = split ? parseYaml(split.yaml) : {};
	} catch {
		// The content checker has reported the mistake, with its line; the schema reports what is missing.
	}
	const frontmatter = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
	const named = 'pdf' in frontmatter && typeof frontmatter.pdf === 'string' ? frontmatter.pdf.trim() : undefined;
	const remote = named !== undefined && isRemotePdf(named);
	const pdfPath = remote ? named : attachmentPath(file, 'posters', frontmatter);
	if (!pdfPath) throw new Error('Posters have their PDF beside them: SOURCES.posters needs its attachment');
	// For a poster kept in a repository, its download in the cache (the build's content check refreshes it first).
	const onDisk = remote ? remotePdfCachePath(downloads, pdfPath) : pdfPath;
	let pdfStamp = 'missing';
	try {
		const stat = statSync(onDisk);
		pdfStamp = `${stat.size}:${stat.mtimeMs}`;
	} catch {
		// Reported as a missing PDF (or a failed download) below.
	}
	// The render stamp too: when rendering changes, every entry takes the new previews.
	return { id, indexPath: file, text, frontmatter, body: split?.body ?? text, pdfPath, fingerprint: `${text}\n${pdfStamp}\n${renderStamp()}` };
}

/** The last part of a repository address, as the PDF's file name ("poster.pdf"); "poster.pdf" when it has none. */
function remoteFileName(url: string): string {
	const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
	try {
		return last ? decodeURIComponent(last) : 'poster.pdf';
	} catch {
		return last ?? 'poster.pdf';
	}
}

/** A poster's problem as the build reports it: on its PDF's file, or on index.md for a PDF kept in a repository. */
function posterProblemLine(context: LoaderContext, file: PosterFile, message: string): string {
	if (!isRemotePdf(file.pdfPath)) return `${fromRoot(context, file.pdfPath)} ${message}`;
	return `${fromRoot(context, file.indexPath)}: \`pdf\` names ${file.pdfPath}, which ${message}`;
}

/** Paths in messages and in the store are relative to the project. */
function fromRoot(context: LoaderContext, absolute: string): string {
	return path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
}

function toData(context: LoaderContext, file: PosterFile, prepared: PreparedPoster | undefined, problemLine: string | undefined) {
	const facts = prepared?.ok ? prepared.facts : undefined;
	// The image files stay in the cache; pages link them, and the build copies them next to the poster's page.
	const inProject = (image: ImageFile) => ({ ...image, file: prepared?.ok ? fromRoot(context, path.join(prepared.previewDir, image.file)) : image.file });
	const preview = facts
		? { width: facts.preview.width, height: facts.preview.height, variants: facts.preview.variants.map(inProject), social: inProject(facts.preview.social) }
		: undefined;
	return {
		...file.frontmatter,
		preview,
		pdfInfo: {
			fileName: isRemotePdf(file.pdfPath) ? remoteFileName(file.pdfPath) : path.basename(file.pdfPath),
			...(isRemotePdf(file.pdfPath) ? { url: file.pdfPath } : {}),
			bytes: facts?.bytes ?? 0,
			pageCount: facts?.pageCount ?? 0,
			pageWidthPt: facts?.pageWidthPt ?? 0,
			pageHeightPt: facts?.pageHeightPt ?? 0,
		},
		text: facts?.text ?? [],
		problem: problemLine,
	};
}

/** A kept entry's preview files are in the cache folder, which can be cleared apart from Astro's data store. */
function previewStillThere(context: LoaderContext, data: Record<string, unknown>): boolean {
	const parsed = posterPreviewSchema.optional().safeParse(data['preview']);
	if (!parsed.success) return false;
	if (!parsed.data) return true;
	const root = fileURLToPath(context.config.root);
	return [...parsed.data.variants, parsed.data.social].every((image) => existsSync(path.join(root, image.file)));
}

interface SyncResult {
	total: number;
	kept: number;
	rendered: number;
	unchanged: number;
	failed: number;
	problems: string[];
}

/**
 * Brings the store in line with the files: all posters, or (under `astro dev`)
 * only those in `only`, by id. Entries whose fingerprint is unchanged are kept.
 */
async function syncPosters(context: LoaderContext, contentDir: string, options: PosterOptions, only?: ReadonlySet<string>): Promise<SyncResult> {
	const { store } = context;
	const all = entryFiles(contentDir, 'posters');
	const cacheDir = path.join(fileURLToPath(context.config.cacheDir), POSTER_CACHE_FOLDER);
	const files = await Promise.all(
		all.filter((entry) => !only || only.has(entry.id)).map((entry) => readPosterFile(entry, path.join(cacheDir, DOWNLOADS_FOLDER))),
	);

	const changed: PosterFile[] = [];
	const problems: string[] = [];
	let kept = 0;
	for (const file of files) {
		const existing = store.get(file.id);
		if (existing?.digest === context.generateDigest(file.fingerprint) && existing.filePath && previewStillThere(context, existing.data)) {
			kept++;
			const problem = (existing.data as { problem?: unknown }).problem;
			if (typeof problem === 'string') problems.push(problem);
		} else changed.push(file);
	}

	let stats = { rendered: 0, unchanged: 0, failed: 0 };
	if (changed.length > 0) {
		const pool = createRenderPool({ size: options.processes, timeoutMs: options.timeoutMs, memoryLimitMb: options.memoryLimitMb });
		let result;
		try {
			result = await preparePosterPdfs(
				changed.map(({ id, pdfPath }) => ({ id, pdfPath })),
				{ cacheDir, pool, download: options.download, onNote: (id, note) => context.logger.warn(`Poster ${id}: its PDF ${note}`) },
			);
		} finally {
			await pool.close();
		}
		stats = result.stats;
		for (const file of changed) {
			const prepared = result.posters.get(file.id);
			const problemLine = prepared && !prepared.ok ? posterProblemLine(context, file, describePosterProblem(prepared.problem)) : undefined;
			if (problemLine) problems.push(problemLine);
			const filePath = fromRoot(context, file.indexPath);
			const data = await context.parseData({ id: file.id, data: toData(context, file, prepared, problemLine), filePath });
			store.set({
				id: file.id,
				data,
				body: file.body,
				filePath,
				digest: context.generateDigest(file.fingerprint),
				rendered: await context.renderMarkdown(file.body, { fileURL: pathToFileURL(file.indexPath) }),
			});
		}
	}
	if (!only) {
		const seen = new Set(all.map((entry) => entry.id));
		for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
	} else {
		// A poster whose folder was removed under `astro dev`.
		const present = new Set(all.map((entry) => entry.id));
		for (const id of only) if (!present.has(id)) store.delete(id);
	}
	return { total: files.length, kept, ...stats, problems };
}

function report(context: LoaderContext, options: PosterOptions, result: SyncResult, seconds: string): void {
	const { logger } = context;
	logger.info(
		`${result.total} posters: ${result.kept} kept as they were, ${result.rendered} rendered, ${result.unchanged} from the preview cache, ${result.failed} failed (${seconds} s)`,
	);
	const { problems } = result;
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

/** The poster (by id) a changed path belongs to: `posters/<id>/anything`. */
function posterOf(postersFolder: string, changed: string): string | undefined {
	const relative = path.relative(postersFolder, path.resolve(changed));
	if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
	const [folder] = relative.split(path.sep);
	// The id `entryFiles` gives the folder's index.md.
	return folder && folder !== relative ? entryId(`${folder}/index.md`) : undefined;
}

/** The Content Layer loader for `content/posters/`. */
export function posterLoader({ contentDir }: { contentDir: string }): Loader {
	let watching = false;
	return {
		name: 'interlibrary:posters',
		load: async (context) => {
			const options = posterOptionsFromEnv();
			const started = performance.now();
			report(context, options, await syncPosters(context, contentDir, options), ((performance.now() - started) / 1000).toFixed(1));

			// Under `astro dev`: reload the poster a changed file belongs to, and only it. Astro may call
			// load() again (a content config reload): listen once.
			if (watching || !context.watcher) return;
			watching = true;
			const postersFolder = collectionPath(contentDir, 'posters');
			// A content folder outside the project (INTERLIBRARY_CONTENT) is not watched unless asked for.
			context.watcher.add?.(postersFolder);
			const pending = new Set<string>();
			let running: Promise<void> | undefined;
			// One reload at a time: changes that arrive during a reload wait for the next one.
			const drain = async () => {
				while (pending.size > 0) {
					const ids = new Set(pending);
					pending.clear();
					const began = performance.now();
					try {
						report(context, options, await syncPosters(context, contentDir, options, ids), ((performance.now() - began) / 1000).toFixed(1));
					} catch (error) {
						context.logger.error(error instanceof Error ? error.message : String(error));
					}
				}
				running = undefined;
			};
			context.watcher.on('all', (_event, changed) => {
				const id = posterOf(postersFolder, changed);
				if (!id) return;
				pending.add(id);
				running ??= drain();
			});
		},
	};
}
