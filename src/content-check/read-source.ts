/**
 * Reads what an author wrote: a YAML file, or a Markdown file's frontmatter.
 * Syntax errors come back as messages with the line to look at, and every
 * field can be traced back to its line, so a problem in `gallery[2].alt`
 * points at that very line of the file.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';

export type SourceData =
	| {
			ok: true;
			data: unknown;
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
			message: `has a formatting mistake on line ${line}: ${reason}. Check colons, quotes and indentation there; text containing ": " must be put in quotes`,
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
		return {
			ok: false,
			message: 'has no frontmatter: the file must start with a line "---", then its fields (title: …), then another "---" line',
		};
	}
	// The YAML starts on line 2, after the opening "---".
	return parseYamlText(split.yaml, 1);
}
