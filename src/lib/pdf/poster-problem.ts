/**
 * Why a poster's PDF could not be turned into a preview, in words a
 * participant can act on. Each kind has one message; the loader prefixes the
 * file's path.
 */

export type PosterProblemKind =
	| 'missing'
	| 'empty-file'
	| 'not-a-pdf'
	| 'damaged'
	| 'password'
	| 'no-pages'
	| 'page-too-large'
	| 'timeout'
	| 'too-much-memory'
	| 'render-failed'
	| 'download-failed'
	| 'download-too-large';

export interface PosterProblem {
	kind: PosterProblemKind;
	/** Extra facts for the message, such as the page size or the limit that was hit. */
	detail?: string;
	/**
	 * For `too-much-memory`: the largest image the PDF embeds, when it is big
	 * enough to explain the memory (otherwise the pages' drawings are to blame).
	 */
	largeImage?: { width: number; height: number };
}

const pixels = (size: { width: number; height: number }) => `${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} pixels`;

const FIX: Record<PosterProblemKind, (detail?: string, largeImage?: PosterProblem['largeImage']) => string> = {
	missing: () => 'is missing; add the PDF to the poster\u2019s folder or fix the `pdf` field in index.md',
	'empty-file': () => 'is empty (0 bytes); the upload did not finish, so upload the PDF again',
	'not-a-pdf': (detail) => `is not a PDF${detail ? ` (it looks like ${detail})` : ''}; export the poster as PDF and upload that file`,
	damaged: () => 'is damaged or only partly uploaded and cannot be read; export it again as PDF and upload the new file',
	password: () => 'is password-protected; export it again without a password',
	'no-pages': () => 'has no pages; export the poster again',
	'page-too-large': (detail) => `has a first page too large to show (${detail}); export it at poster size, A0 (841 × 1189 mm) or smaller`,
	timeout: (detail) => `took too long to render (over ${detail}); simplify it (flatten very complex drawings or effects) and export it again`,
	'too-much-memory': (detail, largeImage) =>
		largeImage
			? `needed too much memory to render (over ${detail}): it embeds a very large image (${pixels(largeImage)}); export it again with images at 300 dpi or less`
			: `needed too much memory to render (over ${detail}): its pages are very large or very complex drawings; export it again at a standard paper size such as A0 or A1, with effects flattened`,
	'download-failed': (detail) =>
		`could not be downloaded${detail ? ` (${detail})` : ''}; check that the address opens the PDF in a browser, or put the PDF next to index.md and name it in \`pdf\``,
	'download-too-large': (detail) =>
		`is too large to download${detail ? ` (${detail})` : ''}; export a smaller PDF, or ask a coordinator to raise POSTER_DOWNLOAD_MAX_MB`,
	'render-failed': (detail) => `could not be rendered${detail ? ` (${detail})` : ''}; export it again as PDF, and ask a coordinator if this persists`,
};

/** "is password-protected; export it again without a password" */
export function describePosterProblem(problem: PosterProblem): string {
	return FIX[problem.kind](problem.detail, problem.largeImage);
}

/** An error that carries a poster problem across the render pipeline. */
export class PosterProblemError extends Error {
	readonly problem: PosterProblem;
	constructor(problem: PosterProblem) {
		super(describePosterProblem(problem));
		this.name = 'PosterProblemError';
		this.problem = problem;
	}
}
