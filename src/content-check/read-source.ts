/**
 * Reads what an author wrote: a YAML file, or a Markdown file's frontmatter.
 * Syntax errors come back as messages with the line to look at.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';

/** What a file holds: its data, and for Markdown its body (the text after the frontmatter) and the line the body starts on. */
export type SourceData = { ok: true; data: unknown; body?: string; bodyLine?: number } | { ok: false; message: string };

function parseYamlText(text: string, lineOffset: number): SourceData {
	try {
		return { ok: true, data: parseYaml(text) ?? {} };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const line = (error.linePos?.[0].line ?? 0) + lineOffset;
			const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
			return {
				ok: false,
				message: `has a formatting mistake on line ${line}: ${reason}. Check colons, quotes and indentation there; text containing ": " must be put in quotes`,
			};
		}
		throw error;
	}
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
	const parsed = parseYamlText(split.yaml, 1);
	if (!parsed.ok) return parsed;
	return { ...parsed, body: split.body, bodyLine: text.slice(0, text.length - split.body.length).split('\n').length };
}
