/** What the render pool sends to a render process and what comes back. */
import type { PosterProblem } from './poster-problem.ts';
import type { PreviewFiles } from './preview-variants.ts';
import type { RenderSettings } from './render-page.ts';

export interface RenderJob {
	id: number;
	pdfPath: string;
	/** Where to write page 1's image files: `<previewBase>-<width>.webp` and `<previewBase>-social.jpg`. */
	previewBase: string;
	settings: RenderSettings;
}

/** Facts about a PDF that pages show and the cache keeps. */
export interface PdfFacts {
	bytes: number;
	pageCount: number;
	pageWidthPt: number;
	pageHeightPt: number;
	/** Page 1's image files, beside `previewBase`. */
	preview: PreviewFiles;
	/** The text of each page. */
	text: string[];
}

export type RenderOutcome =
	{ ok: true; facts: PdfFacts; /** Milliseconds spent rendering inside the worker. */ renderMs: number } | { ok: false; problem: PosterProblem };

export type RenderReply = RenderOutcome & { id: number };
