/**
 * A poster PDF in, its first page as pixels and every page's text out.
 * Framework-free (pdfjs-dist's legacy build, @napi-rs/canvas through pdfjs),
 * so the render workers and the tests call it directly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PosterProblemError } from './poster-problem.ts';
import { pageText, type TextPiece } from './text-order.ts';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Plain file paths ending in "/": pdfjs in Node reads them with fs (file:// URLs lose CJK text). */
const PDFJS_DATA = {
	standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
	cMapUrl: `${pdfjsRoot}/cmaps/`,
	wasmUrl: `${pdfjsRoot}/wasm/`,
	iccUrl: `${pdfjsRoot}/iccs/`,
};

/** The PDF format's own limit on a page side (14,400 units = 200 in = 5.08 m). */
export const MAX_PAGE_SIDE_PT = 14_400;

export interface RenderSettings {
	/** Width of the rendered preview, in pixels. */
	width: number;
	/** Upper bound on the preview's pixel count, whatever the page's shape. */
	maxPixels: number;
	/** Pages whose text is extracted, at most; the rest is left out of search. */
	maxTextPages: number;
	/** Characters of text kept, at most. */
	maxTextChars: number;
}

export const DEFAULT_RENDER_SETTINGS: RenderSettings = {
	width: 1600,
	maxPixels: 1600 * 2400,
	maxTextPages: 200,
	maxTextChars: 400_000,
};

export interface RenderedPixels {
	/** Page 1 as RGBA pixels, fully opaque (the page is drawn on white). */
	pixels: Buffer;
	width: number;
	height: number;
}

export interface RenderedPage extends RenderedPixels {
	pageCount: number;
	/** Page 1's size in PDF points (1/72 in). */
	pageWidthPt: number;
	pageHeightPt: number;
	/** The text of each page (up to `maxTextPages`), whitespace tidied. */
	text: string[];
}

function sniffKind(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.subarray(0, 12));
	if (head.subarray(0, 4).toString('latin1') === '\x89PNG') return 'a PNG image';
	if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
	if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return 'a Word, PowerPoint or zip file';
	if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'an old Office file';
	if (/^\s*<(!doctype|html)/i.test(head.toString('latin1'))) return 'a web page';
	return undefined;
}

/**
 * Why pdf.js could not open `bytes`, in the participant's terms. pdf.js decides
 * what is a PDF: it repairs a damaged header line or junk before it, which
 * real files have. Only once it has given up do the first bytes tell "this is
 * a PNG" from "this PDF is damaged".
 */
function openingProblem(bytes: Uint8Array, error: unknown): PosterProblemError {
	if (error instanceof PasswordException) return new PosterProblemError({ kind: 'password' });
	if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return new PosterProblemError({ kind: 'damaged' });
	const detail = sniffKind(bytes);
	return new PosterProblemError(detail ? { kind: 'not-a-pdf', detail } : { kind: 'not-a-pdf' });
}

/**
 * How pdf.js opens every poster. Posters come from participants, so nothing in
 * a PDF may run: XFA forms stay off, and pdf.js has no scripting outside its
 * viewer's annotation layer, which we never load. (pdf.js 4.2 and later no
 * longer compile font programs with `new Function`, CVE-2024-4367's path; the
 * render processes also run with code generation from strings disabled, so no
 * future path can either: see render-pool.ts.)
 */
export function documentOptions(bytes: Uint8Array) {
	return {
		// pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
		data: new Uint8Array(bytes),
		...PDFJS_DATA,
		enableXfa: false,
		// Older pdf.js releases read this; current ones have no eval path left.
		isEvalSupported: false,
		verbosity: 0,
	} as const;
}

function formatMetres(points: number): string {
	return `${((points / 72) * 0.0254).toFixed(2)} m`;
}

/**
 * Opens a PDF without rendering it, as the content checker does: throws a
 * PosterProblemError when it is empty, not a PDF, damaged, password-protected
 * or without pages. Cheap: no page is drawn.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<{ pageCount: number }> {
	if (bytes.length === 0) throw new PosterProblemError({ kind: 'empty-file' });
	const loadingTask = getDocument(documentOptions(bytes));
	try {
		const doc = await loadingTask.promise.catch((error: unknown) => {
			throw openingProblem(bytes, error);
		});
		if (doc.numPages < 1) throw new PosterProblemError({ kind: 'no-pages' });
		await doc.getPage(1).catch(() => {
			throw new PosterProblemError({ kind: 'damaged' });
		});
		return { pageCount: doc.numPages };
	} finally {
		await loadingTask.destroy();
	}
}

/**
 * Renders page 1 of `bytes` and extracts the text of its pages. `onPixels`,
 * if given, receives page 1's pixels as soon as they exist, so that encoding
 * them (on sharp's own thread) overlaps with the text extraction; it is
 * awaited before this returns.
 */
export async function renderPosterPage(
	bytes: Uint8Array,
	settings: RenderSettings = DEFAULT_RENDER_SETTINGS,
	onPixels?: (rendered: RenderedPixels) => Promise<void>,
): Promise<RenderedPage> {
	if (bytes.length === 0) throw new PosterProblemError({ kind: 'empty-file' });
	const loadingTask = getDocument(documentOptions(bytes));
	try {
		let doc;
		try {
			doc = await loadingTask.promise;
		} catch (error) {
			throw openingProblem(bytes, error);
		}
		if (doc.numPages < 1) throw new PosterProblemError({ kind: 'no-pages' });

		let page;
		try {
			page = await doc.getPage(1);
		} catch {
			throw new PosterProblemError({ kind: 'damaged' });
		}
		const base = page.getViewport({ scale: 1 });
		if (!(base.width > 0 && base.height > 0)) throw new PosterProblemError({ kind: 'damaged' });
		if (base.width > MAX_PAGE_SIDE_PT || base.height > MAX_PAGE_SIDE_PT) {
			throw new PosterProblemError({
				kind: 'page-too-large',
				detail: `${formatMetres(base.width)} × ${formatMetres(base.height)}`,
			});
		}
		// The requested width, unless the page is so tall that the pixel budget says less.
		const scale = Math.min(settings.width / base.width, Math.sqrt(settings.maxPixels / (base.width * base.height)));
		const viewport = page.getViewport({ scale });
		const width = Math.max(1, Math.floor(viewport.width));
		const height = Math.max(1, Math.floor(viewport.height));
		const canvasFactory = doc.canvasFactory as {
			create: (w: number, h: number) => { canvas: CanvasLike };
		};
		const { canvas } = canvasFactory.create(width, height);
		try {
			await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: '#ffffff' }).promise;
		} catch (error) {
			throw new PosterProblemError({ kind: 'render-failed', detail: error instanceof Error ? error.message : String(error) });
		}
		// The stored pixels, without getImageData's copy and un-premultiplying: pdfjs painted the
		// page white first, so every pixel is opaque and premultiplied equals straight alpha.
		const pixels = canvas.data();
		const handedOver = onPixels?.({ pixels, width, height });
		page.cleanup();

		const text: string[] = [];
		let characters = 0;
		const textPages = Math.min(doc.numPages, settings.maxTextPages);
		for (let number = 1; number <= textPages && characters < settings.maxTextChars; number++) {
			try {
				const textPage = number === 1 ? page : await doc.getPage(number);
				// We normalise (NFKC) the whole text ourselves, once.
				const content = await textPage.getTextContent({ disableNormalization: true });
				const pieces: TextPiece[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
				const extracted = pageText(pieces).slice(0, settings.maxTextChars - characters);
				characters += extracted.length;
				text.push(extracted);
			} catch {
				// A page whose text cannot be read still leaves the preview and the other pages' text.
				text.push('');
			}
		}
		await handedOver;
		return { pageCount: doc.numPages, pageWidthPt: base.width, pageHeightPt: base.height, pixels, width, height, text };
	} finally {
		await loadingTask.destroy();
	}
}

/** The part of @napi-rs/canvas's Canvas used here (pdfjs types its canvas factory as `object`). */
interface CanvasLike {
	data(): Buffer;
}
