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

/**
 * The link preview social networks show when a poster's page is shared: their
 * card size, cut from the top of the poster, where its title is.
 */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

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
 *
 * The page is opaque (pdfjs paints it white first), so the alpha channel is
 * dropped once, and the small widths are made from the 800 px copy rather
 * than from the full page: together that makes the files in about two
 * thirds of the time, which on a cold build of hundreds of posters is what
 * the build waits for.
 */
export async function writePreviewVariants(pixels: Buffer, width: number, height: number, base: string): Promise<PreviewFiles> {
	const page = sharp(pixels, { raw: { width, height, channels: 4 } }).removeAlpha();
	/** Writes a file and gives its size in pixels. */
	const write = async (file: string, pipeline: Sharp): Promise<{ width: number; height: number }> => {
		const partial = `${base}-${file}.${process.pid}.partial`;
		const written = await pipeline.toFile(partial);
		await rename(partial, `${base}-${file}`);
		return written;
	};
	const name = (file: string) => `${base.split(/[\\/]/).at(-1)}-${file}`;
	const variants: ImageFile[] = [];
	const encode = async (pipeline: Sharp, target: number) => {
		// Effort 2 encodes in half the time of the default for files about 3 % larger.
		const written = await write(`${target}.webp`, pipeline.webp({ quality: 80, effort: 2 }));
		variants.push({ file: name(`${target}.webp`), width: written.width, height: written.height });
	};
	// One after the other: the pool already runs one render process per core.
	const smaller = variantWidths(width).filter((target) => target < width);
	const largest = smaller.at(-1);
	if (largest !== undefined) {
		// The widths below the page's own come from one copy at the largest of them.
		const { data, info } = await page.clone().resize({ width: largest }).raw().toBuffer({ resolveWithObject: true });
		const copy = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
		for (const target of smaller) await encode(target === largest ? copy() : copy().resize({ width: target }), target);
	}
	await encode(page.clone(), width);
	const socialWidth = Math.min(SOCIAL_SIZE.width, width);
	const socialBox = { width: socialWidth, height: Math.min(SOCIAL_SIZE.height, Math.max(1, Math.round((height * socialWidth) / width))) };
	const social = await write(
		'social.jpg',
		page
			.clone()
			.resize({ ...socialBox, fit: 'cover', position: 'top' })
			.jpeg({ quality: 82 }),
	);
	return { width, height, variants, social: { file: name('social.jpg'), width: social.width, height: social.height } };
}
