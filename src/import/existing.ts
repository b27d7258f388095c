/**
 * What the content folder already holds, read before an import: which
 * entries came from an earlier import (by source and id, so none is
 * duplicated), and everyone in content/people/ by name (so authors are
 * matched, not created twice).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { entryFiles } from '../lib/content-files.ts';
import { SOURCES } from '../schemas/collections.ts';

export interface ExistingContent {
	/** `source:id` → the file (relative to the content folder) an earlier import wrote. */
	imported: Map<string, string>;
	/** People by normalised name → id. */
	peopleByName: Map<string, string>;
	/** Every person's id. */
	peopleIds: Set<string>;
	/** Ids of the pages in content/pages/. */
	pageIds: Set<string>;
}

/** A name reduced for matching: "Lucía  Quispe" and "lucia quispe" are the same person. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function importedKey(data: unknown): string | undefined {
	if (!data || typeof data !== 'object' || !('imported' in data)) return undefined;
	const imported = data.imported;
	if (!imported || typeof imported !== 'object' || !('source' in imported) || !('id' in imported)) return undefined;
	return `${String(imported.source)}:${String(imported.id)}`;
}

function readData(file: string, markdown: boolean): unknown {
	try {
		const text = readFileSync(file, 'utf8');
		if (!markdown) return parseYaml(text);
		const split = splitFrontmatter(text);
		return split ? parseYaml(split.yaml) : undefined;
	} catch {
		// A file with a mistake in it is the checker's business; the import only looks for its own.
		return undefined;
	}
}

export function readExistingContent(contentDir: string): ExistingContent {
	const imported = new Map<string, string>();
	const peopleByName = new Map<string, string>();
	const peopleIds = new Set<string>();
	const pageIds = new Set<string>();
	for (const collection of ['blog', 'pages', 'comments', 'people'] as const) {
		const source = SOURCES[collection];
		for (const { file, id, relative } of entryFiles(contentDir, collection)) {
			if (collection === 'pages') pageIds.add(id);
			const data = collection === 'people' || readFileSync(file, 'utf8').includes('imported:') ? readData(file, source.markdown) : undefined;
			const key = importedKey(data);
			const inContent = path.join(source.path, relative).split(path.sep).join('/');
			if (key) imported.set(`${source.path}/${key}`, inContent);
			if (collection === 'people') {
				peopleIds.add(id);
				if (data && typeof data === 'object' && 'name' in data && typeof data.name === 'string') peopleByName.set(normaliseName(data.name), id);
			}
		}
	}
	return { imported, peopleByName, peopleIds, pageIds };
}
