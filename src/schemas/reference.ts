import { z } from 'astro/zod';

/** The collections that other entries refer to by id. */
export type ReferencedCollection = 'people' | 'rounds';

/** What a reference field holds once parsed; `getEntry` accepts it as it is. */
export interface EntryReference<C extends ReferencedCollection> {
	collection: C;
	id: string;
}

const references = new WeakSet<object>();

/** True for values made by `reference()`, so the content checker can find and verify them. */
export function isReference(value: unknown): value is EntryReference<ReferencedCollection> {
	return typeof value === 'object' && value !== null && references.has(value);
}

/** Which collection each `reference()` field names, so the editor's configuration can offer a list of its entries. */
const referencedCollections = new WeakMap<z.ZodType, ReferencedCollection>();

/** The collection a field made by `reference()` names, or undefined for any other field. */
export function referencedCollection(schema: z.ZodType): ReferencedCollection | undefined {
	return referencedCollections.get(schema);
}

const NOUN: Record<ReferencedCollection, string> = { people: 'person', rounds: 'round' };

/**
 * A field naming another entry by its id: `authors: [ana-lopez]` or `round: "2021"`.
 * Like `reference()` from astro:content, but an unquoted year (`round: 2021`) is accepted,
 * and the content checker can verify that the id exists before Astro runs.
 */
export function reference<C extends ReferencedCollection>(collection: C) {
	const field = z
		.union([z.string().trim().min(1), z.number().int()], {
			error: `must be the id of a ${NOUN[collection]} in content/${collection}/`,
		})
		.transform((id): EntryReference<C> => {
			const ref = { collection, id: String(id) };
			references.add(ref);
			return ref;
		});
	referencedCollections.set(field, collection);
	return field;
}
