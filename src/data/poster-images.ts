/**
 * A poster's preview as the site links it: the image files the render
 * processes made (see src/lib/pdf/preview-variants.ts), published next to the
 * poster's page under their content-hashed names, so hosts can cache them for good.
 */
import path from 'node:path';
import { href, routes } from '../lib/urls.ts';
import type { Poster } from './catalog.ts';

export interface PosterImages {
	width: number;
	height: number;
	/** The smallest file, for `src`. */
	src: string;
	/** Every WebP file with its width, for `srcset`. */
	srcset: string;
	/** The largest file: the page rendered at full width. */
	fullSize: string;
	social: { src: string; width: number; height: number };
}

/** The preview's URLs, or undefined when the PDF could not be rendered. */
export function posterImages(poster: Poster): PosterImages | undefined {
	const preview = poster.data.preview;
	if (!preview) return undefined;
	const url = (file: string) => href(routes.posterFile(poster.id, path.basename(file)));
	const smallest = preview.variants[0];
	const largest = preview.variants.at(-1);
	if (!smallest || !largest) return undefined;
	return {
		width: preview.width,
		height: preview.height,
		src: url(smallest.file),
		srcset: preview.variants.map((variant) => `${url(variant.file)} ${variant.width}w`).join(', '),
		fullSize: url(largest.file),
		social: { src: url(preview.social.file), width: preview.social.width, height: preview.social.height },
	};
}

/**
 * Every file a poster publishes beside its page, by name, with where each is on disk: its
 * preview's images, and its PDF unless it is kept in a repository (readers download it from there).
 */
export function posterFilesOnDisk(poster: Poster, pdfPath: () => string): { name: string; path: string }[] {
	const preview = poster.data.preview;
	// Preview files are stored relative to the project, which is where Astro runs.
	const images = preview ? [...preview.variants, preview.social].map((image) => ({ name: path.basename(image.file), path: path.resolve(image.file) })) : [];
	return poster.data.pdfInfo.url ? images : [{ name: poster.data.pdfInfo.fileName, path: pdfPath() }, ...images];
}

/** Where readers download a poster's PDF: beside its page, or from the repository that keeps it. */
export function posterPdfHref(poster: Poster): string {
	return poster.data.pdfInfo.url ?? href(routes.posterPdf(poster.id, poster.data.pdfInfo.fileName));
}
