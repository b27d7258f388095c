/**
 * The blog archive, computed once per build: posts by year and month with
 * counts, posts by tag, the previous and next post, and related posts.
 */
import { slug } from 'github-slugger';
import { getCatalog, type Post } from './catalog.ts';

export interface MonthArchive {
	/** "03" */
	month: string;
	/** A date in the month, for formatting its name. */
	date: Date;
	posts: Post[];
}

export interface YearArchive {
	year: string;
	posts: Post[];
	/** Newest month first. */
	months: MonthArchive[];
}

export interface TagArchive {
	key: string;
	label: string;
	posts: Post[];
}

export interface Archive {
	/** Newest year first. */
	years: YearArchive[];
	/** By number of posts, then name. */
	tags: TagArchive[];
	tagsByKey: Map<string, TagArchive>;
	previous: Map<string, Post | undefined>;
	next: Map<string, Post | undefined>;
	related: Map<string, Post[]>;
}

/** How many related posts a post shows. */
export const RELATED_POSTS = 3;

function relatedPosts(posts: Post[], byTag: Map<string, TagArchive>): Map<string, Post[]> {
	const related = new Map<string, Post[]>();
	for (const post of posts) {
		const scores = new Map<Post, number>();
		const add = (other: Post, points: number) => {
			if (other !== post) scores.set(other, (scores.get(other) ?? 0) + points);
		};
		// Only posts sharing a tag are candidates: no post is compared with the whole archive.
		for (const tag of post.data.tags) for (const other of byTag.get(slug(tag))?.posts ?? []) add(other, 2);
		const authors = new Set(post.data.authors.map((a) => a.id));
		for (const other of scores.keys()) {
			if (other.data.round?.id && other.data.round.id === post.data.round?.id) add(other, 1);
			if (other.data.authors.some((a) => authors.has(a.id))) add(other, 1);
		}
		related.set(
			post.id,
			[...scores.entries()]
				.sort((a, b) => b[1] - a[1] || b[0].data.date.getTime() - a[0].data.date.getTime())
				.slice(0, RELATED_POSTS)
				.map(([other]) => other),
		);
	}
	return related;
}

async function buildArchive(): Promise<Archive> {
	const { posts } = await getCatalog();
	const years = new Map<string, YearArchive>();
	const tagsByKey = new Map<string, TagArchive>();
	const previous = new Map<string, Post | undefined>();
	const next = new Map<string, Post | undefined>();
	posts.forEach((post, index) => {
		const iso = post.data.date.toISOString();
		const year = iso.slice(0, 4);
		const month = iso.slice(5, 7);
		const yearArchive = years.get(year) ?? { year, posts: [], months: [] };
		years.set(year, yearArchive);
		yearArchive.posts.push(post);
		let monthArchive = yearArchive.months.find((m) => m.month === month);
		if (!monthArchive) {
			monthArchive = { month, date: new Date(Date.UTC(Number(year), Number(month) - 1, 1)), posts: [] };
			yearArchive.months.push(monthArchive);
		}
		monthArchive.posts.push(post);
		for (const tag of post.data.tags) {
			const key = slug(tag);
			const archive = tagsByKey.get(key) ?? { key, label: tag, posts: [] };
			tagsByKey.set(key, archive);
			archive.posts.push(post);
		}
		// Posts are newest first: the previous (older) post is the next one in the list.
		previous.set(post.id, posts[index + 1]);
		next.set(post.id, posts[index - 1]);
	});
	return {
		years: [...years.values()],
		tags: [...tagsByKey.values()].sort((a, b) => b.posts.length - a.posts.length || a.label.localeCompare(b.label)),
		tagsByKey,
		previous,
		next,
		related: relatedPosts(posts, tagsByKey),
	};
}

let archive: Promise<Archive> | undefined;

/** The archive, built on first use and shared by every page of the build. */
export function getArchive(): Promise<Archive> {
	archive ??= buildArchive();
	return archive;
}
