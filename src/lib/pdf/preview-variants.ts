/**
 * The image files of a poster's first page, sized to what the site shows:
 * gallery cards (about 17rem wide, twice that on dense screens, a phone's
 * width on a phone) and the poster page's zoomable viewer (up to about 46rem,
 * and more once zoomed), plus a JPEG for link previews. They are made in the
 * render processes straight from the rendered pixels, in parallel and cached
 * by the PDF's digest, rather than decoded again by the site's image step,
 * which on a program with hundreds of posters was most of a cold build.
 */
import { rename } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';

/**
 * Widths, in pixels, of the WebP files a `srcset` offers; the rendered width (at most
 * 1600) is the largest. A card is about 272 CSS pixels wide (320, or 640 on a dense
 * screen), the viewer about 736 (800, or the full width on a dense screen); a phone
 * shows either at its own width (360 to 430 CSS pixels, at two or three times).
 */
export const PREVIEW_WIDTHS = [320, 640, 800] as const;

/** The width of the JPEG that social networks show when a poster's page is shared. */
export const SOCIAL_WIDTH = 1200;

export interface ImageFile {
	/** The file's name, in the folder the variants were written to. */
	file: string;
	width: number;
	height: number;
}

export interface PreviewFiles {
	/** The rendered page's own size, in pixels. */
	width: number;
	height: number;
	/** WebP files from the narrowest to the full rendered width. */
	variants: ImageFile[];
	/** A JPEG for link previews. */
	social: ImageFile;
}

/** The widths to make for a page rendered `width` pixels wide: the standard ones that are smaller, then the page's own. */
export function variantWidths(width: number): number[] {
	return [...PREVIEW_WIDTHS.filter((candidate) => candidate < width), width];
}

/**
 * Writes the variants of RGBA `pixels` as `<base>-<width>.webp` and
 * `<base>-social.jpg`, each written beside and renamed, so a render stopped
 * half-way never leaves half a file.
 */
export async function writePreviewVariants(pixels: Buffer, width: number, height: number, base: string): Promise<PreviewFiles> {
	const source = sharp(pixels, { raw: { width, height, channels: 4 } });
	const heightAt = (targetWidth: number) => Math.max(1, Math.round((height * targetWidth) / width));
	const write = async (file: string, pipeline: Sharp): Promise<void> => {
		const partial = `${base}-${file}.${process.pid}.partial`;
		await pipeline.toFile(partial);
		await rename(partial, `${base}-${file}`);
	};
	const name = (file: string) => `${base.split(/[\\/]/).at(-1)}-${file}`;
	// One after the other: the pool already runs one render process per core.
	const variants: ImageFile[] = [];
	for (const target of variantWidths(width)) {
		const file = `${target}.webp`;
		// Effort 2 encodes in half the time of the default for files about 3 % larger.
		await write(file, source.clone().resize({ width: target }).webp({ quality: 80, effort: 2 }));
		variants.push({ file: name(file), width: target, height: heightAt(target) });
	}
	const socialWidth = Math.min(SOCIAL_WIDTH, width);
	await write('social.jpg', source.clone().resize({ width: socialWidth }).jpeg({ quality: 82, mozjpeg: false }));
	return { width, height, variants, social: { file: name('social.jpg'), width: socialWidth, height: heightAt(socialWidth) } };
}
