/**
 * The content checker: validates every file under `content/` against the
 * collection schemas, follows every reference and image, and returns all
 * problems at once. The build runs it before Astro reads anything, so a
 * participant sees one plain line per mistake instead of a stack trace.
 */
import { existsSync, globSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { closestName } from '../lib/closest-name.ts';
import { mapWithConcurrency } from '../lib/concurrency.ts';
import { attachmentOf, attachmentPath, collectionPath, entryFiles, readEntryFile } from '../lib/content-files.ts';
import { entryId } from '../lib/entry-id.ts';
import { starterTextIn } from '../lib/starter-text.ts';
import { isReservedPageId, RESERVED_PAGE_IDS } from '../lib/urls.ts';
import { describePosterProblem, type PosterProblem, PosterProblemError } from '../lib/pdf/poster-problem.ts';
import { inspectPdf } from '../lib/pdf/render-page.ts';
import { isRemotePdf } from '../lib/pdf/remote-pdf.ts';
import { createRenderPool } from '../lib/pdf/render-pool.ts';
import type { PosterOptions } from '../loaders/poster-options.ts';
import { type PrepareStats, preparePosterPdfs } from '../loaders/poster-previews.ts';
import { type CollectionName, SOURCES, schemasFor } from '../schemas/collections.ts';
import { DEFAULT_POSTER_SIZE_LIMIT_MB } from '../schemas/program.ts';
import { PERSON_DETAILS } from '../schemas/people.ts';
import { splitOldAddress } from '../schemas/redirects.ts';
import { checkBodyImages } from './markdown-images.ts';
import { isReference } from '../schemas/reference.ts';
import { figureWarnings, type RoundToCompare } from './figure-warnings.ts';
import { completedWarnings } from './year-warnings.ts';
import type { Problem } from './problem.ts';
import { fieldName, plainMessage } from './zod-messages.ts';

/** The checker's stand-in for Astro's `image()`: keeps the path so it can be checked after parsing. */
class ImagePath {
	readonly path: string;
	constructor(path: string) {
		this.path = path;
	}
}
const imagePath = () =>
	z
		.string({ error: 'must be the path of an image file, like ./photos/reading-room.jpg' })
		.trim()
		.min(1)
		.transform((value) => new ImagePath(value));

const SCHEMAS = schemasFor(imagePath);

/** The folders where coordinators may write MDX, as messages name them. */
const MDX_FOLDERS = Object.values(SOURCES)
	.filter((source) => source.coordinatorsOnly && source.pattern.includes('mdx'))
	.map((source) => `content/${source.path}/`)
	.join(' and ');

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);

/** An entry whose fields could be read: all of them, or (when the file has mistakes) those that parse on their own. */
interface ReadEntry {
	collection: CollectionName;
	id: string;
	file: string;
	data: unknown;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** Whether every field passed its schema. */
	complete: boolean;
	/** A Markdown file's body, and the line it starts on. */
	body?: { text: string; line: number };
}

/** A poster's PDF to check: beside its index.md, or (`remote`) at an address in a repository, named in a field of index.md. */
interface PosterPdf {
	/** The file problems are reported on: the PDF, or index.md for a PDF kept in a repository. */
	file: string;
	/** The file on disk, or the https address. */
	pdfPath: string;
	remote?: { field: string; line?: number };
}

interface Found<T> {
	path: PropertyKey[];
	field: string;
	value: T;
}

/** Every value of one kind inside parsed data, with the field it sits in. */
function findValues<T>(data: unknown, matches: (value: unknown) => value is T, pathSoFar: PropertyKey[] = []): Found<T>[] {
	if (matches(data)) return [{ path: pathSoFar, field: fieldName(pathSoFar), value: data }];
	if (Array.isArray(data)) return data.flatMap((item, index) => findValues(item, matches, [...pathSoFar, index]));
	if (data && typeof data === 'object' && !(data instanceof Date)) {
		return Object.entries(data).flatMap(([key, value]) => findValues(value, matches, [...pathSoFar, key]));
	}
	return [];
}

/**
 * What a schema can read of `value` when the whole does not parse: each field
 * of an object and each item of a list on its own, so that one mistake does not
 * hide the others (an unknown author is still reported when the summary is
 * missing). Items that fail stay as holes, so field names keep their indexes.
 */
function salvage(schema: z.ZodType, value: unknown): { data: unknown } | undefined {
	const whole = schema.safeParse(value);
	if (whole.success) return { data: whole.data };
	const inner = unwrap(schema);
	if (inner instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
		const fields = new Map(Object.entries(value));
		const data: Record<string, unknown> = {};
		for (const [key, field] of Object.entries<z.ZodType>(inner.shape)) {
			if (!fields.has(key)) continue;
			const read = salvage(field, fields.get(key));
			if (read) data[key] = read.data;
		}
		return { data };
	}
	if (inner instanceof z.ZodArray && Array.isArray(value)) {
		const element = inner.element as z.ZodType;
		return { data: value.map((item: unknown) => salvage(element, item)?.data) };
	}
	return undefined;
}

export interface CheckOptions {
	/** The content folder. */
	contentDir: string;
	/** Paths in messages are relative to this folder (the project). */
	relativeTo?: string;
	/**
	 * Render every poster PDF (only new or changed ones: the rest come from the
	 * cache the build uses), so that what only rendering finds (a PDF that takes
	 * too long or too much memory) is in the same report as everything else.
	 * Without it, PDFs are only opened.
	 */
	renderPosters?: {
		cacheDir: string;
		options: Pick<PosterOptions, 'timeoutMs' | 'memoryLimitMb' | 'processes' | 'download'>;
		onProgress?: (done: number, total: number) => void;
		/** Hears, once all are done, how many were rendered, came from the cache or failed, and how long it took. */
		onDone?: (stats: PrepareStats, ms: number) => void;
	};
}

/**
 * What the checker found. Problems stop the build; warnings are printed
 * (by `npm run check`, the build and `npm run verify`) but never stop anything.
 */
export interface CheckReport {
	problems: Problem[];
	warnings: Problem[];
}

export async function checkContent({ contentDir, relativeTo = process.cwd(), renderPosters }: CheckOptions): Promise<CheckReport> {
	const display = (absolute: string) => path.relative(relativeTo, absolute).split(path.sep).join('/');
	const problems: Problem[] = [];
	const entries: ReadEntry[] = [];
	/** Rounds and people read without a mistake, for the warnings about figures. */
	const roundsToCompare: RoundToCompare[] = [];
	const countries = new Map<string, string>();
	/** Every file read as an entry, so the rest can be reported as stray. */
	const readFiles = new Set<string>();
	const idsByCollection = new Map<CollectionName, Map<string, string>>();
	// Redirects are checked line by line even when one line is malformed, so every problem shows at once.
	let redirectsAsWritten: { lines: Record<string, unknown>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | undefined;

	for (const [collection, source] of Object.entries(SOURCES) as [CollectionName, (typeof SOURCES)[CollectionName]][]) {
		const files = entryFiles(contentDir, collection);
		if ('required' in source && source.required && files.length === 0) {
			problems.push({
				file: display(collectionPath(contentDir, collection)),
				message: 'is missing: every site needs content/program.yaml with the program\u2019s name, site address and languages; `npm run init` writes one',
			});
		}
		const ids = new Map<string, string>();
		idsByCollection.set(collection, ids);
		// Files are read in parallel (the checker is I/O-bound); they are judged in order below.
		const sources = await mapWithConcurrency(files, 32, readEntryFile);
		for (const [index, { file: absolute, id }] of files.entries()) {
			const file = display(absolute);
			readFiles.add(absolute);
			const twin = ids.get(id);
			if (twin) {
				problems.push({ file, message: `has the same address as ${twin} (/${source.path}/${id}/); rename one of them` });
				continue;
			}
			ids.set(id, file);
			if (collection === 'pages' && isReservedPageId(id)) {
				problems.push({ file, message: `would take the address /${id}/, which the site uses itself; rename the file` });
				continue;
			}
			const read = sources[index];
			if (!read) continue;
			if (!read.ok) {
				problems.push({ file, message: read.message, ...(read.line ? { line: read.line } : {}) });
				continue;
			}
			if (collection === 'redirects' && read.data && typeof read.data === 'object') {
				redirectsAsWritten = { lines: read.data as Record<string, unknown>, lineOf: read.lineOf };
			}
			const schema: z.ZodType = SCHEMAS[collection];
			const result = schema.safeParse(read.data, { reportInput: true, error: plainMessage });
			const body = read.body === undefined ? {} : { body: { text: read.body, line: read.bodyLine ?? 1 } };
			if (result.success) {
				entries.push({ collection, id, file: absolute, data: result.data, lineOf: read.lineOf, complete: true, ...body });
				// Read again with the collection's own schema, which types what the warnings need.
				if (collection === 'rounds') {
					const round = SCHEMAS.rounds.safeParse(read.data);
					if (round.success) roundsToCompare.push({ file, round: round.data, lineOf: read.lineOf });
				} else if (collection === 'people') {
					const person = SCHEMAS.people.safeParse(read.data);
					if (person.success && person.data.country) countries.set(id, person.data.country);
				}
				continue;
			}
			problems.push(...issuesToProblems(file, result.error.issues, schema, read.lineOf));
			const readable = salvage(schema, read.data);
			if (readable) entries.push({ collection, id, file: absolute, data: readable.data, lineOf: read.lineOf, complete: false, ...body });
		}
	}

	problems.push(...checkTranslations(entries, display));
	problems.push(
		...checkImportedEntries(
			entries,
			idsByCollection,
			display,
			redirectsAsWritten && { file: display(collectionPath(contentDir, 'redirects')), ...redirectsAsWritten },
		),
	);

	/** A person's name or a round's title, to its id: what an author may write instead of the id. Made once a collection, when first asked. */
	const names = new Map<CollectionName, Map<string, string>>();
	const namesOf = (collection: CollectionName): Map<string, string> => {
		let byName = names.get(collection);
		if (!byName) {
			byName = new Map();
			for (const entry of entries) {
				if (entry.collection !== collection) continue;
				const { name, title } = entry.data as { name?: unknown; title?: unknown };
				const named = typeof name === 'string' ? name : typeof title === 'string' ? title : undefined;
				if (named) byName.set(named.trim().toLowerCase(), entry.id);
			}
			names.set(collection, byName);
		}
		return byName;
	};
	const posterPdfs: PosterPdf[] = [];
	const program = entries.find((entry) => entry.collection === 'program')?.data as { posterSizeLimitMb?: number } | undefined;
	const sizeLimitMb = program?.posterSizeLimitMb ?? DEFAULT_POSTER_SIZE_LIMIT_MB;
	await mapWithConcurrency(entries, 16, async (entry) => {
		const file = display(entry.file);
		const at = (pathInFile: readonly PropertyKey[]) => {
			const line = entry.lineOf(pathInFile);
			return line === undefined ? {} : { line };
		};
		for (const { path: fieldPath, field, value } of findValues(entry.data, isReference)) {
			if (idsByCollection.get(value.collection)?.has(value.id)) continue;
			problems.push({ file, field, ...at(fieldPath), message: unknownReference(value, idsByCollection.get(value.collection), namesOf(value.collection)) });
		}
		for (const { path: fieldPath, field, value } of findValues(entry.data, (v): v is ImagePath => v instanceof ImagePath)) {
			const problem = await checkImage(path.resolve(path.dirname(entry.file), value.path), value.path, display);
			if (problem) problems.push({ file, field, ...at(fieldPath), message: problem });
		}
		if (entry.body) problems.push(...checkBodyImages(entry.body.text, entry.body.line, file, entry.file, display));
		const folderYear = entry.collection === 'blog' ? /^(\d{4})\//.exec(entry.id)?.[1] : undefined;
		const date = (entry.data as { date?: unknown }).date;
		if (folderYear && date instanceof Date && String(date.getUTCFullYear()) !== folderYear) {
			const year = date.getUTCFullYear();
			problems.push({
				file,
				field: 'date',
				...at(['date']),
				warning: true,
				message: `is in ${year}, but the post is in content/blog/${folderYear}/, so its address says ${folderYear} while the archive lists it under ${year}; move it to content/blog/${year}/ or fix the date`,
			});
		}
		for (const where of starterTextIn(entry.collection, (entry.data as { summary?: unknown }).summary, entry.body?.text)) {
			problems.push(
				where === 'summary'
					? {
							file,
							field: 'summary',
							...at(['summary']),
							warning: true,
							message: 'is still the text `npm run new` wrote; write one or two sentences of your own',
						}
					: {
							file,
							...(entry.body ? { line: entry.body.line } : {}),
							warning: true,
							message: 'still has the text `npm run new` wrote in place of your own; replace it before this is published',
						},
			);
		}
		const attachment = attachmentOf(entry.collection);
		// An entry with mistakes elsewhere still has its file checked, so that one run names every problem;
		// only when its own field was readable, or else the default name would be checked instead of what was meant.
		const named = attachment && (entry.complete || typeof (entry.data as Record<string, unknown>)[attachment.field] === 'string');
		const attached = named ? attachmentPath(entry.file, entry.collection, entry.data) : undefined;
		if (attachment && attached) {
			if (existsSync(attached)) {
				posterPdfs.push({ file: display(attached), pdfPath: attached });
				const megabytes = statSync(attached).size / (1024 * 1024);
				if (megabytes > sizeLimitMb) {
					problems.push({
						file: display(attached),
						warning: true,
						message: `is ${Math.round(megabytes)} MB, over the ${sizeLimitMb} MB this program keeps in the repository (posterSizeLimitMb in program.yaml): put it in a repository such as Zenodo or OSF and give its https:// address in \`pdf\` instead`,
					});
				}
			} else {
				const wanted = path.basename(attached);
				const differentCase = existsSync(path.dirname(attached))
					? readdirSync(path.dirname(attached)).find((name) => name.toLowerCase() === wanted.toLowerCase())
					: undefined;
				problems.push({
					file,
					field: attachment.field,
					...at([attachment.field]),
					message: differentCase
						? `names ${wanted}, but the file is called ${differentCase}: the name must match exactly, capitals too, so rename one of them`
						: `names ${wanted}, but there is no ${display(attached)}. Add the PDF to the poster's folder or fix the file name`,
				});
			}
		}
	});

	// Posters kept in a repository: downloaded (and then drawn) only when the posters are rendered, as in a build.
	for (const entry of entries) {
		const pdf = entry.collection === 'posters' ? (entry.data as { pdf?: unknown }).pdf : undefined;
		if (typeof pdf !== 'string' || !isRemotePdf(pdf)) continue;
		const line = entry.lineOf(['pdf']);
		posterPdfs.push({ file: display(entry.file), pdfPath: pdf, remote: { field: 'pdf', ...(line === undefined ? {} : { line }) } });
	}
	for (const { pdf, problem } of await posterPdfProblems(posterPdfs, renderPosters)) {
		const message = describePosterProblem(problem);
		problems.push(
			pdf.remote
				? { file: pdf.file, ...pdf.remote, message: `names ${pdf.pdfPath}, which ${message}`, posterPdf: true }
				: { file: pdf.file, message, posterPdf: true },
		);
	}
	problems.push(...findStrayFiles(contentDir, readFiles, display));
	problems.push(...figureWarnings(roundsToCompare, (personId) => countries.get(personId)).map((warning) => ({ ...warning, warning: true })));
	problems.push(...completedWarnings(roundsToCompare));
	return {
		problems: problems.filter((problem) => !problem.warning),
		warnings: problems.filter((problem) => problem.warning).map(({ warning: _warning, ...rest }) => rest),
	};
}

/** Collections whose entries may be translations of one another. */
const TRANSLATABLE: readonly CollectionName[] = ['blog', 'testimonials', 'convenings', 'pages'];

/**
 * `translationOf` names an entry of the same folder, not the entry itself, in
 * another language: otherwise the versions would not find each other.
 */
function checkTranslations(entries: readonly ReadEntry[], display: (absolute: string) => string): Problem[] {
	const program = entries.find((entry) => entry.collection === 'program')?.data as { languages?: string[] } | undefined;
	const defaultLang = program?.languages?.[0] ?? 'en';
	const langOf = (entry: ReadEntry) => ((entry.data as { lang?: string }).lang ?? defaultLang).toLowerCase().split('-')[0];
	const byKey = new Map(entries.filter((entry) => TRANSLATABLE.includes(entry.collection)).map((entry) => [`${entry.collection}:${entry.id}`, entry]));
	const problems: Problem[] = [];
	for (const entry of byKey.values()) {
		const target = (entry.data as { translationOf?: string }).translationOf;
		if (!target) continue;
		const file = display(entry.file);
		const line = entry.lineOf(['translationOf']);
		const at = { file, field: 'translationOf', ...(line === undefined ? {} : { line }) };
		const original = byKey.get(`${entry.collection}:${target}`);
		if (target === entry.id) problems.push({ ...at, message: 'names this entry itself; name the entry this one translates' });
		else if (!original) {
			problems.push({
				...at,
				message: `names "${target}", which is not an entry in content/${SOURCES[entry.collection].path}/; use the id of the entry this one translates (its path without .md), or delete the line`,
			});
		} else if (langOf(original) === langOf(entry)) {
			problems.push({ ...at, message: `names "${target}", which is in the same language (${langOf(entry)}); a translation is in another language` });
		}
	}
	return problems;
}

/**
 * What is wrong with each poster PDF: found by opening it, or (when asked) by
 * rendering it as the build does, so that one run names every broken PDF.
 */
async function posterPdfProblems(
	pdfs: readonly PosterPdf[],
	renderPosters: CheckOptions['renderPosters'],
): Promise<{ pdf: PosterPdf; problem: PosterProblem }[]> {
	if (!renderPosters) {
		const found = await mapWithConcurrency(
			pdfs.filter((pdf) => !pdf.remote),
			4,
			async (pdf) => {
				try {
					await inspectPdf(await readFile(pdf.pdfPath));
					return [];
				} catch (error) {
					if (!(error instanceof PosterProblemError)) throw error;
					return [{ pdf, problem: error.problem }];
				}
			},
		);
		return found.flat();
	}
	const { cacheDir, options, onProgress, onDone } = renderPosters;
	const started = performance.now();
	const pool = createRenderPool({ size: options.processes, timeoutMs: options.timeoutMs, memoryLimitMb: options.memoryLimitMb });
	try {
		const sources = pdfs.map(({ file, pdfPath }) => ({ id: file, pdfPath }));
		const { posters, stats } = await preparePosterPdfs(sources, { cacheDir, pool, download: options.download, ...(onProgress ? { onProgress } : {}) });
		onDone?.(stats, performance.now() - started);
		return pdfs.flatMap((pdf) => {
			const prepared = posters.get(pdf.file);
			return prepared && !prepared.ok ? [{ pdf, problem: prepared.problem }] : [];
		});
	} finally {
		await pool.close();
	}
}

/**
 * What only makes sense across collections for imported content: comments
 * belong to a post, redirects lead to pages that exist, and imported authors
 * whose library is not known yet are listed for a coordinator to finish.
 */
function checkImportedEntries(
	entries: ReadEntry[],
	idsByCollection: Map<CollectionName, Map<string, string>>,
	display: (p: string) => string,
	redirects: { file: string; lines: Record<string, unknown>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | undefined,
): Problem[] {
	const problems: Problem[] = [];
	const posts = new Map(entries.filter((entry) => entry.collection === 'blog').map((entry) => [entry.id, entry.data as { draft: boolean }]));
	const pages = idsByCollection.get('pages') ?? new Map<string, string>();
	for (const entry of entries) {
		const file = display(entry.file);
		if (entry.collection === 'comments' && !idsByCollection.get('blog')?.has(entry.id)) {
			problems.push({
				file,
				message: `holds comments for the post /blog/${entry.id}/, which is not in content/blog/; name the file like its post (content/blog/${entry.id}.md → content/comments/${entry.id}.yaml) or delete it`,
			});
		}
		if (entry.collection === 'people') {
			const person = entry.data as Record<string, unknown>;
			const missing = PERSON_DETAILS.filter((field) => person[field] === undefined);
			if (person['imported'] && missing.length > 0) {
				problems.push({
					file,
					warning: true,
					message: `was imported from the old blog without ${missing.join(', ')}: add them when you know them (they show on the person\u2019s page)`,
				});
			}
		}
	}
	for (const [from, to] of Object.entries(redirects?.lines ?? {})) {
		if (!redirects || typeof to !== 'string') continue;
		const line = redirects.lineOf([from]);
		const at = { file: redirects.file, field: from, ...(line === undefined ? {} : { line }) };
		const target = redirectTargetProblem(to.trim(), posts, pages);
		if (target) problems.push({ ...at, message: target });
		if (splitOldAddress(from).path === to.trim()) problems.push({ ...at, message: 'leads to itself; delete the line' });
	}
	return problems;
}

/** Why a redirect's target is not a page of the site, for the targets the checker can know about (posts and pages). */
function redirectTargetProblem(to: string, posts: Map<string, { draft: boolean }>, pages: Map<string, string>): string | undefined {
	const post = /^\/blog\/(\d{4}\/(?!\d{2}\/$)[^/]+)\/$/.exec(to)?.[1];
	if (post !== undefined) {
		const data = posts.get(decodeURIComponent(post));
		if (!data) return `leads to ${to}, but there is no such post in content/blog/; fix the address or delete the line`;
		if (data.draft) return `leads to ${to}, which is a draft and has no page yet; publish the post or delete the line`;
		return undefined;
	}
	const page = /^\/([^/]+)\/$/.exec(to)?.[1];
	if (page !== undefined && !RESERVED_PAGE_IDS.has(page) && !pages.has(decodeURIComponent(page))) {
		return `leads to ${to}, but there is no such page in content/pages/; fix the address or delete the line`;
	}
	return undefined;
}

async function checkImage(absolute: string, written: string, display: (p: string) => string): Promise<string | undefined> {
	if (!IMAGE_EXTENSIONS.has(path.extname(absolute).toLowerCase())) {
		return `names ${written}, which is not an image: use a .jpg, .png, .webp, .avif, .gif or .svg file`;
	}
	if (!existsSync(absolute) || !statSync(absolute).isFile()) {
		return `names ${written}, but there is no ${display(absolute)}. Add the image or fix the path (it is relative to this file)`;
	}
	try {
		await sharp(absolute).metadata();
		return undefined;
	} catch {
		return `names ${written}, but that file is not a readable image (it may be damaged or only partly uploaded); export it again`;
	}
}

/**
 * The line for a reference to no entry, with the id that was probably meant:
 * the id of the person or round whose name or title was written (`Adaeze
 * Okafor`, `Cohort 2025`), the file's id when only capitals or spaces differ
 * (`Big-Name` for big-name.yaml or Big-Name.yaml), or the closest person's id.
 */
function unknownReference(
	value: { collection: CollectionName; id: string },
	ids: ReadonlyMap<string, string> | undefined,
	names: ReadonlyMap<string, string>,
): string {
	const source = SOURCES[value.collection];
	const who = value.collection === 'people' ? 'who' : 'which';
	const byName = names.get(value.id.trim().toLowerCase());
	if (byName)
		return `names "${value.id}", which is ${value.collection === 'people' ? 'a name' : 'a title'}; write the id instead, ${byName} (the file name without .yaml)`;
	const asId = entryId(`${value.id}.yaml`);
	const file = ids?.get(asId);
	if (file) return `names "${value.id}", but the id of ${file} is ${asId} (lower case, with hyphens for spaces); write ${asId}`;
	// Only people: round ids are mostly years, and the nearest year is rarely the one meant.
	const near = ids && value.collection === 'people' ? closestName(value.id, [...ids.keys()]) : undefined;
	return `names "${value.id}", ${who} is not in content/${source.path}/. ${near ? `Did you mean ${near}? ` : ''}Add content/${source.path}/${value.id}.yaml or fix the id`;
}

/** Extensions (lower case) of program code, which content/ never holds. */
const CODE_EXTENSIONS = new Set(['.astro', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx', '.svelte', '.vue']);
/** Extensions (lower case) of files that look like content. */
const TEXT_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.yaml', '.yml', '.json', '.txt', '.html']);

/**
 * Files under `content/` that look like content but that no collection reads,
 * and poster PDFs without the `index.md` that publishes them. Without this they
 * would silently not appear on the site. Extensions are compared in any case
 * (`Visit.MD`, `jane.YAML`): the collections read only lower-case ones.
 */
function findStrayFiles(contentDir: string, entryFiles: Set<string>, display: (p: string) => string): Problem[] {
	if (!existsSync(contentDir)) return [];
	const problems: Problem[] = [];
	// One walk for every kind: fs.globSync has no case-insensitive option.
	const files = globSync('**/*.*', { cwd: contentDir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)))
		.sort();
	for (const relative of files) {
		const absolute = path.join(contentDir, relative);
		const written = path.extname(relative);
		const extension = written.toLowerCase();
		const file = display(absolute);
		const top = relative.split(/[\\/]/)[0] ?? '';
		if (CODE_EXTENSIONS.has(extension)) {
			problems.push({
				file,
				message: `is program code (${written}), which could run when the site is built; content/ holds only Markdown, YAML, images and PDFs, so remove it`,
			});
		} else if (extension === '.pdf' && top === SOURCES.posters.path) {
			problems.push(...strayPosterPdf(relative, file, (folder) => entryFiles.has(path.join(contentDir, folder, 'index.md'))));
		} else if (TEXT_EXTENSIONS.has(extension) && !entryFiles.has(absolute)) {
			const source = Object.values(SOURCES).find((candidate) => candidate.path === top);
			if (!source) {
				problems.push({
					file,
					message: `is not in a folder the site reads; content goes in ${Object.values(SOURCES)
						.map((s) => `content/${s.path}`)
						.join(', ')}`,
				});
			} else if (written !== extension) {
				const renamed = `${path.basename(relative, written)}${extension}`;
				problems.push({
					file,
					message: `ends in ${written}, in capitals, and the site reads only lower-case names like ${extension}; rename it to ${renamed}`,
				});
			} else if (extension === '.mdx') {
				problems.push({
					file,
					message: `is MDX, which runs code when the site is built and is only accepted from coordinators in ${MDX_FOLDERS}; rename it to .md`,
				});
			} else {
				problems.push({ file, message: `is not where the site looks for it, so it would not be published; it should be ${source.expects}` });
			}
		}
	}
	return problems;
}

/** A PDF under content/posters/ is published only from a poster folder's index.md. */
function strayPosterPdf(relative: string, file: string, hasIndex: (folder: string) => boolean): Problem[] {
	const [, slug, ...rest] = relative.split(/[\\/]/);
	if (!slug || rest.length === 0) {
		return [
			{ file, message: `is not in a poster's folder, so it would not be published; put it in its own folder, content/posters/<slug>/, with an index.md` },
		];
	}
	// Anything inside a poster's folder belongs to that poster.
	const folder = `${SOURCES.posters.path}/${slug}`;
	if (hasIndex(folder)) return [];
	return [
		{
			file,
			message: `is in content/${folder}/, which has no index.md, so the poster would not be published; add content/${folder}/index.md with its title, partners and round (\`npm run new -- poster\` writes one)`,
		},
	];
}

function issuesToProblems(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	schema: z.ZodType,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
	const at = (pathInFile: readonly PropertyKey[]) => {
		const line = lineOf(pathInFile);
		return line === undefined ? {} : { line };
	};
	return issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeys(schema, issue.path);
			return issue.keys.map((key) => {
				const suggestion = closestName(key, known);
				return {
					file,
					field: fieldName([...issue.path, key]),
					...at([...issue.path, key]),
					message: suggestion ? `is not a field here; did you mean \`${suggestion}\`?` : `is not a field here; the fields are: ${known.join(', ')}`,
				};
			});
		}
		if (issue.path.length === 0 && issue.code === 'invalid_type') {
			return [{ file, message: 'has no fields: write its fields as "name: value" lines' }];
		}
		return [{ file, field: fieldName(issue.path), ...at(issue.path), message: issue.message }];
	});
}

/** The field names a schema accepts at a path, for "did you mean" suggestions. */
function knownKeys(schema: z.ZodType, objectPath: readonly PropertyKey[]): string[] {
	let current: unknown = schema;
	for (const key of objectPath) {
		current = unwrap(current);
		if (typeof key === 'number') current = current instanceof z.ZodArray ? current.element : undefined;
		else if (typeof key === 'symbol') return [];
		else current = current instanceof z.ZodObject ? current.shape[key] : undefined;
	}
	current = unwrap(current);
	return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): unknown {
	let current = schema;
	while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
		current = current.unwrap();
	}
	return current;
}
