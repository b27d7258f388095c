/**
 * Where each imported item goes. Chosen in file order, before any waiting,
 * so names never depend on which download finishes first. An item imported
 * before keeps its file; a slug already taken (by another item, by a file
 * already in the folder, or, for pages, by an address of the site) gets a
 * suffix, and the reason is given for the report.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { isReservedPageId } from '../lib/urls.ts';
import { SOURCES } from '../schemas/collections.ts';
import type { ExistingContent } from './existing.ts';
import type { ImportSource, SourceItem } from './model.ts';

export interface Placement {
	/** Relative to the content folder: `blog/2019/our-first-call.md`. */
	relative: string;
	/** Why it is not at the address the old blog gave it, if it is not. */
	renamed?: string;
}

export class FileNames {
	readonly #contentDir: string;
	readonly #existing: ExistingContent;
	readonly #source: ImportSource;
	readonly #taken = new Set<string>();

	constructor(contentDir: string, existing: ExistingContent, source: ImportSource) {
		this.#contentDir = contentDir;
		this.#existing = existing;
		this.#source = source;
	}

	#inUse(relative: string, stem: string, page: boolean): boolean {
		if (this.#taken.has(relative) || (page && this.#existing.pageIds.has(stem))) return true;
		const absolute = path.join(this.#contentDir, relative);
		return existsSync(absolute) || existsSync(absolute.replace(/\.md$/, '.mdx'));
	}

	/** The file for a post (in its year's folder) or a page. */
	place(item: SourceItem, year: string | undefined): Placement {
		const folder = item.kind === 'post' ? SOURCES.blog.path : SOURCES.pages.path;
		const previous = this.#existing.imported.get(`${folder}/${this.#source}:${item.id}`);
		if (previous) {
			this.#taken.add(previous);
			return { relative: previous };
		}
		const page = item.kind === 'page';
		const prefix = year ? `${folder}/${year}/` : `${folder}/`;
		let base = slug(item.slug ?? '') || slug(item.title);
		let renamed: string | undefined;
		if (!base) {
			base = `${item.kind}-${item.id.replace(/\D/g, '').slice(-8) || this.#taken.size + 1}`;
			renamed = `its title has no letters or digits to make an address from, so it is at ${base}`;
		}
		// An imported About page becomes the site's About page (content/pages/about.md), unless the program wrote one.
		if (page && (isReservedPageId(base) || this.#existing.pageIds.has(base))) {
			renamed = `the site already has a page at /${base}/, so this one is at /${base}-${this.#source}/`;
			base = `${base}-${this.#source}`;
		}
		let candidate = base;
		for (let n = 2; this.#inUse(`${prefix}${candidate}.md`, candidate, page); n++) {
			candidate = `${base}-${n}`;
			renamed = `another item already has the address ${base}, so this one is ${candidate}`;
		}
		const relative = `${prefix}${candidate}.md`;
		this.#taken.add(relative);
		return renamed ? { relative, renamed } : { relative };
	}
}
