/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key, and whose route's code, are the same as in the last build
 * is copied from Astro's cache instead of rendered again. On a program of
 * thousands of pages that is most of a warm build, and of a rebuild after
 * one post changed.
 *
 * A page may show anything in the catalog, so the site's key covers all of
 * it: every entry's data (drafts too), every body but blog posts', the
 * site's code and the day's statuses and dates (upcoming events, open
 * opportunities, poster sessions). A blog post's body shows on its own page only (lists
 * show its title and summary, feeds are rendered on every build), so a
 * post's page adds its own file's digest, and changing a post's text
 * renders that page again and leaves the other thousands alone. Astro's
 * own tracking does not cover this: it sees content entries that are
 * modules (MDX), not Markdown rendered into its data store.
 *
 * The code is hashed here too, not only by Astro: Astro hashes each route's
 * own import graph, which cannot see the pages the language prefixes reach
 * through `Astro.rewrite`.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionKey } from 'astro:content';
import { SOURCES } from '../schemas/collections.ts';
import { type Catalog, entriesOf, getCatalog, type Post } from './catalog.ts';

/** Bump to re-render every page once, whatever the cache holds. */
const KEY_VERSION = 1;

/** Collections whose bodies only their own pages show. */
const OWN_PAGE_BODIES: ReadonlySet<CollectionKey> = new Set(['blog']);

function hashFolder(hash: Hash, folder: string): void {
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
	} catch {
		return;
	}
	for (const name of names) {
		const file = path.join(folder, name);
		try {
			hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
		} catch {
			// A folder: its files are listed on their own.
		}
	}
}

async function computeSiteKey(catalog: Catalog): Promise<string> {
	const hash = createHash('sha256').update(`interlibrary-pages-${KEY_VERSION}\0${process.version}\0`);
	// The build runs from the project's root; its src/ is the site's code.
	hashFolder(hash, path.resolve('src'));
	for (const name of Object.keys(SOURCES) as CollectionKey[]) {
		for (const entry of await entriesOf(name)) {
			hash.update(`${name}/${entry.id}\0${JSON.stringify(entry.data)}\0`);
			if (!OWN_PAGE_BODIES.has(name) && 'body' in entry) hash.update(`${entry.body ?? ''}\0`);
		}
	}
	// The day's statuses, and the days themselves: a date counted from the build (`build+40`)
	// is the same text in the entry's data but another day in each day's build.
	hash.update(
		JSON.stringify([
			catalog.events.map(({ upcoming, start, end }) => [upcoming, start, end]),
			catalog.opportunities.map(({ status, deadline }) => [status, deadline]),
			[...catalog.posterSessions.values()].map(({ state, opens, closes }) => [state, opens, closes]),
		]),
	);
	return hash.digest('hex');
}

let siteKey: Promise<string> | undefined;

/** The key of every page that shows only what the catalog holds. */
export function pageKey(): Promise<string> {
	siteKey ??= getCatalog().then(computeSiteKey);
	return siteKey;
}

/** The key of a post's own page: the site's, and the post's file. */
export async function postPageKey(post: Post): Promise<string> {
	return createHash('sha256')
		.update(`${await pageKey()}\0${post.digest ?? post.body ?? ''}`)
		.digest('hex');
}

/** The key of a page that shows the day it was built (a certificate's date). */
export async function datedPageKey(build: Date): Promise<string> {
	return `${await pageKey()}-${build.toISOString().slice(0, 10)}`;
}

/** A route's paths, each with the site's key. */
export async function withPageKey<T extends object>(paths: T[]): Promise<(T & { cacheKey: string })[]> {
	const cacheKey = await pageKey();
	return paths.map((item) => ({ ...item, cacheKey }));
}
