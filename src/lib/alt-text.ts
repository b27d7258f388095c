/**
 * Provisional alt text. An imported image whose old blog gave it no
 * description gets alt text made from its file name, starting with
 * "Alt text needed:" so that readers of the file see at once that it is a
 * stand-in, and the checker lists every one (without stopping the build)
 * until a coordinator writes what the image shows.
 */

/** The words that start provisional alt text. */
export const PROVISIONAL_ALT_PREFIX = 'Alt text needed:';

/** Provisional alt text from an image's file name: `IMG_2041-reading-room.jpg` → "Alt text needed: IMG 2041 reading room". */
export function provisionalAlt(fileName: string): string {
	const words = fileName
		.replace(/\.[a-z0-9]{2,5}$/i, '')
		.replace(/[-_+.]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return `${PROVISIONAL_ALT_PREFIX} ${words || 'image'}`;
}

/** True for alt text that the importer made up and nobody has replaced yet. */
export function isProvisionalAlt(alt: string): boolean {
	return alt.trim().toLowerCase().startsWith(PROVISIONAL_ALT_PREFIX.toLowerCase());
}
