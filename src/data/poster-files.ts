/** Where a poster's PDF is on disk and how big it is, for its download link and its copy in the built site. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Poster } from './catalog';

export interface PosterPdf {
	/** Absolute path of the PDF in content/posters/<slug>/. */
	path: string;
	fileName: string;
	bytes: number;
}

export function posterPdf(poster: Poster): PosterPdf {
	if (!poster.filePath) throw new Error(`Poster ${poster.id} has no source file`);
	const pdfPath = path.resolve(path.dirname(poster.filePath), poster.data.pdf);
	return { path: pdfPath, fileName: poster.data.pdf, bytes: statSync(pdfPath).size };
}
