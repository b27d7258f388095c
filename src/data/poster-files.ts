/** Where a poster's PDF is on disk, for its copy in the built site. */
import path from 'node:path';
import type { Poster } from './catalog.ts';

export function posterPdfPath(poster: Poster): string {
	if (!poster.filePath) throw new Error(`Poster ${poster.id} has no source file`);
	return path.resolve(path.dirname(poster.filePath), poster.data.pdfInfo.fileName);
}
