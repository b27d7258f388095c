/**
 * Entries written in several languages: a post, testimonial, convening
 * report or page that says `translationOf: <id>` is a version of that entry.
 * Lists show one card per group (the reader's language where there is one);
 * each version's page links to the others.
 */

/** What the grouping needs of an entry. */
export interface Translatable {
	id: string;
	collection: string;
	data: { translationOf?: string | undefined; lang?: string | undefined };
}

export interface TranslationGroups<T extends Translatable> {
	/** The entries a list shows: one per group, the original (the entry the others translate). */
	listed: T[];
	/** Every version of a group, the original first, for each member's id. */
	versions: Map<string, T[]>;
}

/**
 * Groups entries of one collection by the entry they translate. A translation
 * of a translation joins the group of the original; one naming an entry that
 * does not exist stands alone (the checker says which id is wrong).
 */
export function translationGroups<T extends Translatable>(entries: readonly T[]): TranslationGroups<T> {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const rootOf = (entry: T): T => {
		const seen = new Set<string>();
		let current = entry;
		while (current.data.translationOf && !seen.has(current.id)) {
			seen.add(current.id);
			const original = byId.get(current.data.translationOf);
			if (!original) break;
			current = original;
		}
		return current;
	};
	const groups = new Map<string, T[]>();
	const listed: T[] = [];
	for (const entry of entries) {
		const root = rootOf(entry);
		if (root === entry) listed.push(entry);
		const group = groups.get(root.id) ?? [];
		group.push(entry);
		groups.set(root.id, group);
	}
	const versions = new Map<string, T[]>();
	for (const [rootId, group] of groups) {
		group.sort((a, b) => (a.id === rootId ? -1 : b.id === rootId ? 1 : (a.data.lang ?? '').localeCompare(b.data.lang ?? '')));
		for (const entry of group) versions.set(entry.id, group);
	}
	return { listed, versions };
}
