/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem {
	/** The file, relative to the project: `content/blog/2024/first-call.md`. */
	file: string;
	/** The field, when the problem is in one: `authors`, `gallery[2].alt`. */
	field?: string;
	/** The line of the file the problem is on (of the field, or of its closest written parent when it is missing). */
	line?: number;
	/** What is wrong and how to fix it, as a sentence that follows the field name (or the file name). */
	message: string;
	/** A poster PDF that cannot be shown: the build may publish it with a placeholder instead. */
	posterPdf?: boolean;
	/**
	 * Something to look at or finish rather than a mistake (provisional alt text
	 * from an import, an imported author without a library, a round's figures that
	 * its groups contradict): while the checker works; it returns these apart, as
	 * warnings, which are printed but never stop the build.
	 */
	warning?: boolean;
}

/**
 * One line, no stack trace: "content/blog/2024/notes.md:3: `date` is missing"; a problem
 * on a line but in no field, "content/blog/2024/notes.md:9: the image … has no alt text";
 * and for the file as a whole a sentence, "content/posters/x/poster.pdf is password-protected; …".
 * `file:line` is the form editors and terminals turn into a link to the line.
 */
export function formatProblem({ file, field, line, message }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	if (field) return `${where}: \`${field}\` ${message}`;
	return line === undefined ? `${file} ${message}` : `${where}: ${message}`;
}

/** Problems sorted by file, then line, then field, so the report reads like a to-do list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
}

/** "1 problem", "3 warnings": a count with its noun. */
export function countOf(count: number, noun: 'problem' | 'warning'): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What every summary says of warnings, so that nobody takes them for the reason a build failed. */
export const WARNINGS_NOTE = 'Warnings do not stop the build: look at each when you can.';
