/**
 * Authors of an imported blog as people of the site: recognised from an
 * earlier import (by the old blog's author id), else matched by name to
 * someone already in content/people/, else created once with what the
 * export knows (the name), as a guest.
 */
import path from 'node:path';
import { slug } from 'github-slugger';
import { entryId } from '../lib/entry-id.ts';
import { SOURCES } from '../schemas/collections.ts';
import { type ExistingContent, normaliseName } from './existing.ts';
import { serialiseEntry } from './files.ts';
import type { ImportSource, SourceAuthor } from './model.ts';

/** A person file the import is to write. */
export interface NewPerson {
	/** Relative to the content folder. */
	file: string;
	text: string;
	name: string;
}

/** An id for a new person: Latin names lose their accents (Marisol García → marisol-garcia); other scripts are kept whole. */
export function personId(name: string): string {
	const latin = !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(name);
	return (latin ? slug(name.normalize('NFKD').replace(/\p{M}/gu, '')) : slug(name.normalize('NFC'))) || 'author';
}

export class AuthorIndex {
	readonly #existing: ExistingContent;
	readonly #source: ImportSource;
	readonly #ids = new Map<string, string>();
	readonly #usedIds = new Set<string>();
	#pending: NewPerson[] = [];
	/** Authors matched by name to people already on the site: [name, id]. */
	readonly matched: [string, string][] = [];
	/** People created by this import. */
	readonly created: NewPerson[] = [];

	constructor(existing: ExistingContent, source: ImportSource) {
		this.#existing = existing;
		this.#source = source;
	}

	/** The person id for an author, creating the person when needed. */
	idFor(author: SourceAuthor): string {
		const known = this.#ids.get(author.key);
		if (known) return known;
		const previous = this.#existing.imported.get(`${SOURCES.people.path}/${this.#source}:${author.key}`);
		let id = previous ? entryId(path.basename(previous)) : this.#existing.peopleByName.get(normaliseName(author.name));
		if (id && !previous) this.matched.push([author.name, id]);
		if (!id) {
			const base = personId(author.name);
			id = base;
			for (let n = 2; this.#existing.peopleIds.has(id) || this.#usedIds.has(id); n++) id = `${base}-${n}`;
			const person = {
				file: `${SOURCES.people.path}/${id}.yaml`,
				text: serialiseEntry({ name: author.name, roles: ['guest'], imported: { source: this.#source, id: author.key } }),
				name: author.name,
			};
			this.#pending.push(person);
			this.created.push(person);
		}
		this.#usedIds.add(id);
		this.#ids.set(author.key, id);
		return id;
	}

	/** People created since the last call, to be written now. */
	takePending(): NewPerson[] {
		const pending = this.#pending;
		this.#pending = [];
		return pending;
	}
}
