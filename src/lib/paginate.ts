/** How many posts a blog list page (the blog, a tag) shows. */
export const POSTS_PER_PAGE = 10;

/** How many people the people list shows on a page: a program of ten years has a thousand. */
export const PEOPLE_PER_PAGE = 48;

/** How many testimonials the testimonials list shows on a page. */
export const TESTIMONIALS_PER_PAGE = 24;

export interface Page<T> {
	/** 1-based page number. */
	number: number;
	/** How many pages there are in all. */
	total: number;
	items: T[];
}

/** Splits a list into pages of `perPage` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / perPage));
	return Array.from({ length: total }, (_, index) => ({
		number: index + 1,
		total,
		items: items.slice(index * perPage, (index + 1) * perPage),
	}));
}

/**
 * The static paths of a list's pages after the first (which is the list's own
 * address), for a `[page].astro` route: `/…/page/2/` and on.
 */
export function laterPages<T>(items: readonly T[], perPage: number): { params: { page: string }; props: { page: Page<T> } }[] {
	return paginate(items, perPage)
		.slice(1)
		.map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}
