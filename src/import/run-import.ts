/**
 * `npm run import`, without the command line: reads a Blogger or WordPress
 * export in two streaming passes (the first only counts items and gathers
 * what later records need: attachments, Blogger's separate comments), then
 * writes posts, pages, people, comments, images and redirects into the
 * content folder, never overwriting anything someone edited, and returns
 * the report.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { provisionalAlt } from '../lib/alt-text.ts';
import { entryId } from '../lib/entry-id.ts';
import { canonicalLanguageTag } from '../lib/language.ts';
import { routes } from '../lib/urls.ts';
import { SOURCES } from '../schemas/collections.ts';
import { bloggerEvents } from './blogger.ts';
import { placeImages } from './convert.ts';
import { createConvertPool, defaultPoolSize } from './convert-pool.ts';
import { AuthorIndex } from './authors.ts';
import { readExistingContent } from './existing.ts';
import { FileNames } from './file-names.ts';
import { serialiseEntry, type WriteOutcome, writeImported } from './files.ts';
import { type DownloaderOptions, ImageDownloader, imageFileName, originalImageUrl, planImages } from './images.ts';
import type { ImportSource, SourceAuthor, SourceComment, SourceDate, SourceEvent, SourceItem, SourceSite } from './model.ts';
import { mergeRedirects, oldPathOf, siteOwnedReason } from './redirects.ts';
import { emptyCounts, type ImportReport } from './report.ts';
import type { Attachments } from './wordpress-content.ts';
import { wxrEvents } from './wxr.ts';
import { checkExportFile, ExportFileError, readRecords } from './xml-records.ts';

export interface ImportOptions {
	source: ImportSource;
	/** The export file. */
	file: string;
	/** The content folder to write into (`contentDir()`). */
	contentDir: string;
	/** Fetch images (false: `--no-images`, posts keep links to the old site). */
	images: boolean;
	/** Say what would happen; write and fetch nothing. */
	dryRun: boolean;
	/** How images are fetched (tests shorten the retries). */
	downloader?: Partial<DownloaderOptions>;
	/** How many items are converted at once (their images download meanwhile). */
	concurrency?: number;
	/** Worker threads converting items; 0 converts on the main thread. Default: one per core but one. */
	workers?: number;
	/** Called once the export has been read through (done: 0), then as items are done, for a progress bar. */
	onProgress?: (progress: { done: number; total: number; images: number }) => void;
	/** Today, for dating undated drafts when the export has no date either. */
	today?: Date;
}

export { ExportFileError };

function eventsOf(source: ImportSource, file: string): AsyncGenerator<SourceEvent> {
	return source === 'blogger' ? bloggerEvents(readRecords(file)) : wxrEvents(readRecords(file));
}

/** One or two sentences, at most about 300 characters, for a summary. */
function clampSummary(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= 300) return clean;
	const sentences = clean.slice(0, 300).match(/^.*[.!?।。؟](?=\s|$)/u)?.[0];
	return sentences && sentences.length > 80 ? sentences : `${clean.slice(0, 297).replace(/\s+\S*$/, '')}…`;
}

function programLanguage(contentDir: string): string {
	try {
		const program = parseYaml(readFileSync(path.join(contentDir, SOURCES.program.path), 'utf8')) as { languages?: unknown } | null;
		const first: unknown = Array.isArray(program?.languages) ? (program.languages as unknown[])[0] : undefined;
		return (typeof first === 'string' && canonicalLanguageTag(first)) || 'en';
	} catch {
		return 'en';
	}
}

const STATUS_WORDS: Record<string, string> = {
	draft: 'a draft',
	pending: 'waiting for review',
	scheduled: 'scheduled',
	private: 'private',
	password: 'password-protected',
	trashed: 'in the trash',
	published: 'published',
};

export async function runImport(options: ImportOptions): Promise<ImportReport> {
	const { source, file, contentDir, dryRun } = options;
	checkExportFile(file);
	const counts = emptyCounts();
	const lines: string[] = [];
	const notes: string[] = [];
	const today = options.today ?? new Date();

	// Pass 1: count, and gather what items refer to.
	let site: SourceSite = { title: undefined, url: undefined, lang: undefined, exported: undefined };
	let format = source === 'blogger' ? 'Blogger export' : 'WordPress export';
	const attachments: Attachments = new Map();
	const separateComments = new Map<string, SourceComment[]>();
	let total = 0;
	try {
		for await (const event of eventsOf(source, file)) {
			if (event.type === 'site') {
				site = { ...site, ...Object.fromEntries(Object.entries(event.site).filter(([, value]) => value !== undefined)) };
				format = event.format;
			} else if (event.type === 'item') total++;
			else if (event.type === 'attachment') attachments.set(event.id, { url: event.url, title: event.title });
			else if (event.type === 'comment') separateComments.set(event.postId, [...(separateComments.get(event.postId) ?? []), event.comment]);
			else notes.push(event.message);
		}
	} catch (error) {
		if (error instanceof ExportFileError) throw error;
		throw new ExportFileError(wrongFormat(source, error));
	}
	if (total === 0) throw new ExportFileError(`has no posts or pages: it is a ${format} without content, or not a full export`);
	options.onProgress?.({ done: 0, total, images: 0 });

	const existing = readExistingContent(contentDir);
	// In its shortest form (en-US → en, pt-PT stays), the form detection gives, so one blog's posts say it one way.
	const fallbackLang = new Intl.Locale(site.lang ?? programLanguage(contentDir)).minimize().toString();
	const downloader = new ImageDownloader(options.downloader);
	const redirects = new Map<string, string>();
	const tagsUsed = new Map<string, string>();
	const monthsUsed = new Set<string>();
	const outcome = (result: WriteOutcome, relative: string) => {
		if (result === 'created') counts.filesCreated++;
		else if (result === 'updated') counts.filesUpdated++;
		else if (result === 'unchanged') counts.filesUnchanged++;
		else {
			counts.filesKept++;
			lines.push(`${relative}: kept as it is, since it was edited after the last import, so the export's text was not written over it`);
		}
	};
	const write = async (relative: string, text: string) => outcome(await writeImported(path.join(contentDir, relative), text, dryRun), relative);
	const addRedirect = (oldAddress: string | undefined, to: string, what: string) => {
		const from = oldAddress === undefined ? undefined : oldPathOf(oldAddress);
		if (!from || from === to || redirects.has(from)) return;
		const owned = siteOwnedReason(from, existing.pageIds);
		if (owned) {
			lines.push(`${what}: no redirect from ${from}, since ${owned}`);
			return;
		}
		redirects.set(from, to);
	};

	const authors = new AuthorIndex(existing, source);
	const personFor = (author: SourceAuthor) => authors.idFor(author);
	/** Writes the people created since the last call: before the first post naming them, so an interrupted import leaves no post without its author. */
	const writeNewPeople = async () => {
		for (const person of authors.takePending()) {
			await write(person.file, person.text);
			lines.push(`${person.file}: created for the author "${person.name}"; add their library, city and country, and their role (now: guest)`);
		}
	};
	const siteAuthor: SourceAuthor = { key: 'site', name: site.title ?? (source === 'blogger' ? 'The old blog' : 'The old site') };

	const fileNames = new FileNames(contentDir, existing, source);

	const pool = createConvertPool(attachments, options.workers ?? defaultPoolSize());
	// Marks where images go in converted Markdown; random, so no post can contain it by chance.
	const token = `ilimg${randomBytes(6).toString('hex')}x`;

	const processItem = async (item: SourceItem, relative: string): Promise<void> => {
		const what = `${relative} ("${item.title || 'untitled'}")`;
		const published = item.status === 'published';
		const imageDir = relative.replace(/\.md$/, '').replace(/^([^/]+)\/(?:\d{4}\/)?/, (match) => `${match}images/`);
		const comments = item.kind === 'post' ? [...item.comments, ...(separateComments.get(item.id) ?? [])] : [];
		const converted = await pool.convert({
			html: item.html,
			markup: item.markup,
			title: item.title,
			excerpt: item.excerpt,
			lang: item.lang,
			fallbackLang,
			comments: comments.map((comment) => comment.html),
			token,
		});
		for (const [name, times] of converted.removedShortcodes)
			lines.push(`${what}: removed the shortcode [${name}]${times > 1 ? ` (${times} times)` : ''}, which has no equivalent here`);
		for (const note of converted.notes) lines.push(`${what}: ${note}`);

		// Images: each gets a name in the post's image folder, then is fetched (a few at a time across posts).
		const plan = planImages(converted.images, item.url ?? site.url);
		const local = new Map<number, string>();
		if (options.images && !dryRun) {
			await Promise.all(
				plan.map(async ({ absolute, name }, index) => {
					const original = originalImageUrl(absolute);
					const result = await downloader.save([...new Set([original, absolute])], path.join(contentDir, imageDir, name));
					if (result.ok) {
						if (result.fetched) counts.imagesFetched++;
						else counts.imagesAlreadyThere++;
						local.set(
							index,
							`./${path
								.relative(path.dirname(path.join(contentDir, relative)), result.file)
								.split(path.sep)
								.join('/')}`,
						);
					} else {
						counts.imagesFailed++;
						lines.push(`${what}: could not fetch the image ${absolute}: ${result.reason}; the post links to it on the old site`);
					}
				}),
			);
		}
		const markdown = placeImages(converted, token, (index) => {
			const entry = plan[index];
			const src = local.get(index) ?? entry?.image.src ?? '';
			if (entry?.image.alt) return { src, alt: entry.image.alt };
			counts.provisionalAlt++;
			const name = entry?.name ?? 'image';
			lines.push(`${what}: the image ${name} had no description; its alt text is provisional ("${provisionalAlt(name)}"): write what it shows`);
			return { src, alt: provisionalAlt(name) };
		});

		let title = item.title.trim();
		if (!title) {
			title = clampSummary(converted.textStart).split(/[.!?]/)[0]?.slice(0, 80).trim() || `Untitled ${item.kind}`;
			lines.push(`${what}: had no title; it is now "${title}"`);
		}
		const summary = clampSummary(converted.summaryText || title);
		const lang = converted.lang;
		const imported = { source, id: item.id, ...(item.url ? { url: item.url } : {}) };

		if (item.kind === 'page') {
			await write(relative, serialiseEntry({ title, description: summary, lang, imported }, markdown));
			counts.pages++;
			const pageId = entryId(relative.slice(SOURCES.pages.path.length + 1));
			for (const old of [item.url, ...item.aliases]) addRedirect(old, routes.page(pageId), what);
			return;
		}

		const date: SourceDate = item.date ?? item.updated ?? site.exported ?? { day: today.toISOString().slice(0, 10), instant: today };
		if (!item.date)
			lines.push(
				`${what}: had no date; it is dated ${date.day}${item.updated ? ' (when it was last changed)' : site.exported ? ' (the day of the export)' : ' (today)'}: change it if you know better`,
			);
		const authorIds = (item.authors.length > 0 ? item.authors : [siteAuthor]).map(personFor);
		await writeNewPeople();
		if (item.authors.length === 0) lines.push(`${what}: had no author; it is credited to "${siteAuthor.name}"`);
		const tags = [...new Set(item.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

		let cover: { src: string; alt: string } | undefined;
		const featured = item.featuredImage ? attachments.get(item.featuredImage.attachment) : undefined;
		if (featured && options.images && !dryRun) {
			const name = `cover-${imageFileName(featured.url)}`;
			const result = await downloader.save([...new Set([originalImageUrl(featured.url), featured.url])], path.join(contentDir, imageDir, name));
			if (result.ok) {
				if (result.fetched) counts.imagesFetched++;
				else counts.imagesAlreadyThere++;
				const alt = featured.title.trim() || provisionalAlt(name);
				if (!featured.title.trim()) counts.provisionalAlt++;
				cover = {
					src: `./${path
						.relative(path.dirname(path.join(contentDir, relative)), result.file)
						.split(path.sep)
						.join('/')}`,
					alt,
				};
			} else {
				counts.imagesFailed++;
				lines.push(`${what}: could not fetch its featured image ${featured.url}: ${result.reason}; the post has no cover`);
			}
		}
		const updated = item.updated && item.date && item.updated.day > item.date.day ? item.updated.day : undefined;
		const data = {
			title,
			date: date.day,
			...(updated ? { updated } : {}),
			authors: authorIds,
			tags,
			summary,
			...(cover ? { cover } : {}),
			lang,
			...(published ? {} : { draft: true }),
			imported,
		};
		await write(relative, serialiseEntry(data, markdown));
		if (published) counts.posts++;
		else {
			counts.drafts++;
			lines.push(`${what}: written as a draft (not published), since it was ${STATUS_WORDS[item.status]} on the old site`);
		}

		const postId = entryId(relative.slice(SOURCES.blog.path.length + 1));
		const texts = new Map(comments.map((comment, index) => [comment, converted.comments[index] ?? '']));
		const kept = comments.filter((comment) => comment.approved && texts.get(comment));
		const dropped = comments.filter((comment) => !kept.includes(comment));
		for (const reason of new Set(dropped.map((comment) => comment.reason ?? 'it was empty'))) {
			const many = dropped.filter((comment) => (comment.reason ?? 'it was empty') === reason).length;
			lines.push(`${what}: ${many === 1 ? '1 comment was' : `${many} comments were`} not kept, since ${reason}`);
		}
		if (kept.length > 0) {
			const keptIds = new Set(kept.map((comment) => comment.id));
			const archived = kept
				.sort((a, b) => (a.date?.instant.getTime() ?? 0) - (b.date?.instant.getTime() ?? 0))
				.map((comment) => ({
					id: comment.id,
					author: comment.author.trim() || 'Anonymous',
					date: (comment.date ?? date).day,
					text: texts.get(comment) ?? '',
					...(comment.parentId && keptIds.has(comment.parentId) ? { replyTo: comment.parentId } : {}),
				}));
			await write(`${SOURCES.comments.path}/${postId}.yaml`, serialiseEntry({ comments: archived, imported }));
			counts.comments += archived.length;
		}

		if (published) {
			const to = routes.post(postId);
			for (const old of [item.url, ...item.aliases]) addRedirect(old, to, what);
			for (const tag of item.tags) if (slug(tag.toLowerCase())) tagsUsed.set(tag, slug(tag.toLowerCase()));
			for (const archive of item.archives)
				if (slug(archive.name.toLowerCase())) addRedirect(archive.path, routes.tag(slug(archive.name.toLowerCase())), `the archive ${archive.path}`);
			monthsUsed.add(date.day.slice(0, 7));
			if (source === 'wordpress')
				for (const author of item.authors) addRedirect(`/author/${author.key}/`, routes.person(personFor(author)), `the author archive of ${author.name}`);
		}
	};

	// Pass 2: items, a few at a time; names are chosen in file order.
	try {
		await importItems();
	} finally {
		await pool.close();
	}

	async function importItems() {
		const running = new Set<Promise<void>>();
		let done = 0;
		const limit = options.concurrency ?? 8;
		for await (const event of eventsOf(source, file)) {
			if (event.type !== 'item') continue;
			const item = event.item;
			const label = `${item.kind} "${item.title || item.id}"`;
			if (['private', 'password', 'trashed'].includes(item.status) || (item.kind === 'page' && item.status !== 'published')) {
				counts.skipped++;
				lines.push(`${label}: skipped, since it was ${STATUS_WORDS[item.status]} on the old site`);
				done++;
				continue;
			}
			const year = item.kind === 'post' ? ((item.date ?? item.updated ?? site.exported)?.day.slice(0, 4) ?? String(today.getUTCFullYear())) : undefined;
			const { relative, renamed } = fileNames.place(item, year);
			if (renamed) lines.push(`${relative} ("${item.title}"): ${renamed}`);
			const task = processItem(item, relative)
				.catch((error: unknown) => {
					counts.skipped++;
					lines.push(`${label}: could not be imported: ${error instanceof Error ? error.message : String(error)}`);
				})
				.finally(() => {
					running.delete(task);
					options.onProgress?.({ done: ++done, total, images: counts.imagesFetched + counts.imagesAlreadyThere + counts.imagesFailed });
				});
			running.add(task);
			if (running.size >= limit) await Promise.race(running);
		}
		await Promise.all(running);
	}

	await writeNewPeople();
	counts.peopleCreated = authors.created.length;
	counts.peopleMatched = authors.matched.length;
	for (const [name, id] of authors.matched) lines.push(`author "${name}" matched to content/people/${id}.yaml`);
	if (source === 'blogger') {
		for (const [label, key] of tagsUsed) addRedirect(`/search/label/${label}`, routes.tag(key), `the label "${label}"`);
		addRedirect('/feeds/posts/default', routes.feed('blog'), 'the feed');
	} else {
		addRedirect('/feed/', routes.feed('blog'), 'the feed');
	}
	for (const month of [...monthsUsed].sort()) {
		const [year = '', number = ''] = month.split('-');
		addRedirect(`/${year}/${number}/`, routes.blogMonth(year, number), `the archive of ${month}`);
		addRedirect(`/${year}/`, routes.blogYear(year), `the archive of ${year}`);
	}
	const merged = mergeRedirects(path.join(contentDir, SOURCES.redirects.path), redirects, dryRun);
	counts.redirects = merged.added;
	lines.push(...merged.kept);
	return { format, dryRun, counts, lines, notes };
}

/** The message for a file the parser could not follow, which is not one of the known mistakes. */
function wrongFormat(source: ImportSource, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return `could not be read as a ${source === 'blogger' ? 'Blogger' : 'WordPress'} export: ${message}`;
}
