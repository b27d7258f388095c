/**
 * The largest image a PDF embeds, read from the file's bytes without pdf.js:
 * used to explain a render that ran out of memory. Images are stream objects,
 * and the PDF format never compresses a stream's dictionary (object streams
 * cannot hold streams), so `/Subtype /Image /Width … /Height …` is always
 * there in plain text, however the rest of the file is packed.
 */

export interface ImageSize {
	width: number;
	height: number;
}

const IMAGE_SUBTYPE = /\/Subtype\s*\/Image\b/g;

/** The embedded image with the most pixels, or undefined when there is none (or none can be read). */
export function largestEmbeddedImage(bytes: Uint8Array): ImageSize | undefined {
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	let largest: ImageSize | undefined;
	for (const match of text.matchAll(IMAGE_SUBTYPE)) {
		// The image's dictionary: from its object header to the start of its data.
		const start = Math.max(0, text.lastIndexOf(' obj', match.index));
		const streamAt = text.indexOf('stream', match.index);
		const dictionary = text.slice(start, streamAt === -1 ? match.index + 1024 : streamAt);
		const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary)?.[1]);
		const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary)?.[1]);
		if (!(width > 0 && height > 0)) continue;
		if (!largest || width * height > largest.width * largest.height) largest = { width, height };
	}
	return largest;
}
