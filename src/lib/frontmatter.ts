/** The `---` fenced YAML block at the top of a Markdown file, and the Markdown after it. */
export interface FrontmatterSplit {
	/** The YAML between the fences. */
	yaml: string;
	/** The Markdown after the closing fence. */
	body: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its frontmatter and body; undefined when it has no frontmatter. */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
	const match = FRONTMATTER.exec(text);
	if (!match) return undefined;
	return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}
