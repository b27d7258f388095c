/**
 * The one place that finds and reads content files, driven by `SOURCES`: which
 * files of a folder are entries and what their ids are, what an author wrote
 * in each (a YAML file, or a Markdown file's frontmatter and body), and the
 * file an entry has beside it (a poster's PDF). The checker, the loaders, the
 * catalog and the scaffolder all go through here, so they never disagree.
 *
 * Syntax errors come back as messages with the line to look at, and every
 * field can be traced back to its line, so a problem in `gallery[2].alt`
 * points at that very line of the file.
 */
import { existsSync, globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type CollectionName, type CollectionSource, isSingleFile, SOURCES } from '../schemas/collections.ts';
import { entryId } from './entry-id.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { isRemotePdf } from './pdf/remote-pdf.ts';

export interface EntryFile {
	collection: CollectionName;
	/** The entry's id, and so its address: `2024/first-call`, `lagos-lima`. */
	id: string;
	/** The file's absolute path. */
	file: string;
	/** The file's path inside its collection's folder. */
	relative: string;
}

/** Every entry file of a collection in `contentDir`, sorted, with its id; none when the folder does not exist. */
export function entryFiles(contentDir: string, collection: CollectionName): EntryFile[] {
	const source = SOURCES[collection];
	const location = path.join(contentDir, source.path);
	if (isSingleFile(collection)) {
		return existsSync(location) ? [{ collection, id: collection, file: location, relative: source.path }] : [];
	}
	if (!existsSync(location)) return [];
	return globSync(source.pattern, { cwd: location })
		.sort()
		.map((relative) => ({ collection, id: entryId(relative), file: path.join(location, relative), relative }));
}

/** The folder (or, for program.yaml, the file) a collection is read from. */
export function collectionPath(contentDir: string, collection: CollectionName): string {
	return path.join(contentDir, SOURCES[collection].path);
}

/** The file entries of a collection have beside them (a poster's PDF), if they have one. */
export function attachmentOf(collection: CollectionName): { field: string; defaultName: string } | undefined {
	const source: CollectionSource = SOURCES[collection];
	return source.attachment;
}

/** The file an entry names beside itself (a poster's PDF), from the field that names it or the default name. */
export function attachmentPath(entryFile: string, collection: CollectionName, data: unknown): string | undefined {
	const attachment = attachmentOf(collection);
	if (!attachment) return undefined;
	const named = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[attachment.field] : undefined;
	// A poster kept in a repository (`pdf: https://…`) has no file beside it.
	if (typeof named === 'string' && isRemotePdf(named)) return undefined;
	return path.join(path.dirname(entryFile), typeof named === 'string' && named.trim() ? named.trim() : attachment.defaultName);
}

export type SourceData =
	| {
			ok: true;
			data: unknown;
			/** The Markdown after the frontmatter, and the line it starts on; undefined for YAML files. */
			body?: string;
			bodyLine?: number;
			/** The line (1-based, in the whole file) of a field, or of its closest written parent when it is missing. */
			lineOf: (path: readonly PropertyKey[]) => number | undefined;
	  }
	| { ok: false; message: string; line?: number };

function parseYamlText(text: string, lineOffset: number): SourceData {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const [error] = document.errors;
	if (error) {
		const line = (error.linePos?.[0].line ?? 0) + lineOffset;
		const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
		return {
			ok: false,
			line,
			message: `this line has a formatting mistake: ${reason}. Check colons, quotes and indentation here; text containing ": " must be put in quotes`,
		};
	}
	const lineAt = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined);
	return {
		ok: true,
		data: document.toJS() ?? {},
		lineOf: (path) => {
			let node: unknown = document.contents;
			let line = lineAt(document.contents);
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
					if (!pair) break;
					line = lineAt(isScalar(pair.key) ? pair.key : undefined) ?? line;
					node = pair.value;
				} else if (isSeq(node) && typeof key === 'number') {
					const item = node.items[key];
					if (!item) break;
					line = lineAt(isScalar(item) || isMap(item) || isSeq(item) ? item : undefined) ?? line;
					node = item;
				} else break;
			}
			return line;
		},
	};
}

/** The data of a YAML file, or of the frontmatter between the `---` lines at the top of a Markdown file. */
export async function readSourceData(filePath: string, markdown: boolean): Promise<SourceData> {
	const text = await readFile(filePath, 'utf8');
	if (!markdown) return parseYamlText(text, 0);
	const split = splitFrontmatter(text);
	if (!split) {
		// Opened but never closed: the fields are there, the line after them is missing.
		const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
		return {
			ok: false,
			...(opened ? { line: 1 } : {}),
			message: opened
				? 'starts its fields with a "---" line but never closes them: add another "---" line after the last field, before the text'
				: 'has no frontmatter: the file must start with a line "---", then its fields (such as date: 2024-03-14), then another "---" line',
		};
	}
	// The YAML starts on line 2, after the opening "---".
	const read = parseYamlText(split.yaml, 1);
	return read.ok ? { ...read, body: split.body, bodyLine: text.slice(0, text.length - split.body.length).split('\n').length } : read;
}

/** What an author wrote in an entry file: YAML data, or a Markdown file's frontmatter and body. */
export function readEntryFile({ file, collection }: Pick<EntryFile, 'file' | 'collection'>): Promise<SourceData> {
	return readSourceData(file, SOURCES[collection].markdown);
}
