/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem {
	/** The file, relative to the project: `content/blog/2024/first-call.md`. */
	file: string;
	/** The field, when the problem is in one: `authors`, `gallery[2].alt`. */
	field?: string;
	/** What is wrong and how to fix it, as a sentence that follows the field name (or the file name). */
	message: string;
	/** A poster PDF that cannot be shown: the build may publish it with a placeholder instead. */
	posterPdf?: boolean;
	/**
	 * Something to finish rather than a mistake (provisional alt text from an
	 * import, an imported author without a library): listed by `npm run check`,
	 * but it does not stop the build.
	 */
	notice?: boolean;
}

/**
 * One line, no stack trace: "content/blog/2024/notes.md: `date` is missing", or for
 * the file as a whole a sentence, "content/posters/x/poster.pdf is password-protected; …".
 */
export function formatProblem({ file, field, message }: Problem): string {
	return field ? `${file}: \`${field}\` ${message}` : `${file} ${message}`;
}

/** Problems sorted by file, then field, so the report reads like a to-do list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''),
	);
}
