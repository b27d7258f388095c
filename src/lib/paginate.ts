/** How many posts a blog list page shows. */
export const POSTS_PER_PAGE = 10;

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
