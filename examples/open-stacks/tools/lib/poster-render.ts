// Renders PosterSpec objects to single-page PDFs with Chromium (playwright-core).
//
//   const results = await renderPosterPdfs(specs, { outDir: 'content/posters' });
//
// One browser is launched per call (or pass your own `browser`), and several
// pages render in parallel. Each poster is fitted to its page: the text size
// is searched so that all content fits in the columns without overflowing.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPosterHtml, defaultColumns, txtText } from './poster-html.ts';
import { illustrationDataUrl } from './poster-illustrations.ts';
import { launchChromium } from '../../../../scripts/lib/chromium.ts';
import type { PosterImage, PosterSpec } from './poster-types.ts';

export interface RenderOptions {
	/** When set, each PDF is written to <outDir>/<slug>/<fileName>. */
	outDir?: string;
	/** Default "poster.pdf". */
	fileName?: string;
	/** Chromium binary. Default /usr/bin/chromium (or $CHROMIUM_PATH). */
	executablePath?: string;
	/** Reuse an already launched browser (it is not closed afterwards). */
	browser?: Browser;
	/** Number of pages rendering in parallel. Default 3. */
	concurrency?: number;
	/** Smallest / largest text scale tried when fitting (default 0.4 / 1.3). */
	minScale?: number;
	maxScale?: number;
	/** Keep the generated HTML in the result (for debugging). */
	keepHtml?: boolean;
	/** Progress messages. */
	log?: (message: string) => void;
}

export interface RenderedPoster {
	slug: string;
	title: string;
	pdf: Uint8Array;
	bytes: number;
	widthMm: number;
	heightMm: number;
	/** Text scale chosen by the fitting step (1 = base size). */
	scale: number;
	/** False when the content did not fit even at the smallest scale. */
	fits: boolean;
	/** Where the PDF was written, when outDir was given. */
	path?: string;
	html?: string;
	ms: number;
}

const MM_TO_PX = 96 / 25.4;

const MIME: Record<string, string> = {
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.gif': 'image/gif',
	'.svg': 'image/svg+xml',
};

async function resolveImage(spec: PosterSpec, img: PosterImage, index: number): Promise<string> {
	if (img.src) {
		if (img.src.startsWith('data:')) return img.src;
		const buf = await readFile(img.src);
		const mime = MIME[path.extname(img.src).toLowerCase()] ?? 'application/octet-stream';
		return `data:${mime};base64,${buf.toString('base64')}`;
	}
	const kind = img.illustration ?? 'reading-club';
	const { widthMm, heightMm } = spec.size;
	const columns = spec.columns ?? defaultColumns(widthMm, heightMm);
	// About 150 dpi at the printed column width.
	const colMm = (widthMm * 0.9) / columns;
	const widthPx = Math.round(Math.max(700, Math.min(1600, (colMm / 25.4) * 150)));
	const points = spec.partners.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number').map((p) => ({ lat: p.lat ?? 0, lon: p.lon ?? 0 }));
	return illustrationDataUrl(kind, {
		accent: spec.accent,
		seed: img.seed ?? hashString(`${spec.slug}:${index}`),
		aspect: img.aspect ?? 1.5,
		widthPx,
		points,
	});
}

function hashString(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}

interface FitResult {
	scale: number;
	fits: boolean;
}

/**
 * Runs inside the page: binary-search the largest --scale at which nothing
 * overflows the poster (header, lead, the columns of <main>, footer).
 */
function fitInPage(args: { min: number; max: number; steps: number }): FitResult {
	const poster = document.getElementById('poster');
	const main = document.getElementById('main');
	if (!poster || !main) return { scale: 1, fits: false };
	const setScale = (s: number) => {
		poster.style.setProperty('--scale', String(s));
	};
	const fits = (): boolean => {
		if (poster.scrollHeight > poster.clientHeight + 1) return false;
		if (poster.scrollWidth > poster.clientWidth + 1) return false;
		const r = main.getBoundingClientRect();
		const cs = getComputedStyle(main);
		const left = r.left + parseFloat(cs.paddingLeft) - 1;
		const right = r.right - parseFloat(cs.paddingRight) + 1;
		const bottom = r.bottom - parseFloat(cs.paddingBottom) * 0.5 + 1;
		if (r.height <= 0) return false;
		for (const child of Array.from(main.children)) {
			for (const rect of Array.from(child.getClientRects())) {
				if (rect.width === 0 && rect.height === 0) continue;
				if (rect.right > right || rect.left < left || rect.bottom > bottom) return false;
			}
		}
		for (const h of Array.from(poster.querySelectorAll('h1, .subtitle, .partner, footer > div'))) {
			if (h.scrollWidth > h.clientWidth + 1) return false;
		}
		return true;
	};
	let lo = args.min;
	let hi = args.max;
	setScale(hi);
	if (fits()) return { scale: hi, fits: true };
	setScale(lo);
	if (!fits()) return { scale: lo, fits: false };
	for (let i = 0; i < args.steps; i++) {
		const mid = (lo + hi) / 2;
		setScale(mid);
		if (fits()) lo = mid;
		else hi = mid;
	}
	// A hair smaller than the limit, so that print layout rounding cannot overflow.
	const final = lo * 0.985;
	setScale(final);
	return { scale: final, fits: true };
}

async function renderOne(page: Page, spec: PosterSpec, opts: RenderOptions): Promise<RenderedPoster> {
	const t0 = Date.now();
	const images = spec.images ?? [];
	const imageSrcs = await Promise.all(images.map((img, i) => resolveImage(spec, img, i)));
	const html = buildPosterHtml({ spec, imageSrcs });
	const { widthMm, heightMm } = spec.size;
	await page.setViewportSize({
		width: Math.ceil(widthMm * MM_TO_PX),
		height: Math.ceil(heightMm * MM_TO_PX),
	});
	await page.setContent(html, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready.then(() => true));
	const fit = await page.evaluate(fitInPage, { min: opts.minScale ?? 0.4, max: opts.maxScale ?? 1.3, steps: 14 });
	const pdfBuf = await page.pdf({
		width: `${widthMm}mm`,
		height: `${heightMm}mm`,
		printBackground: true,
		margin: { top: '0', right: '0', bottom: '0', left: '0' },
		pageRanges: '1',
	});
	const pdf = new Uint8Array(pdfBuf.buffer, pdfBuf.byteOffset, pdfBuf.byteLength);
	const result: RenderedPoster = {
		slug: spec.slug,
		title: txtText(spec.title),
		pdf,
		bytes: pdf.byteLength,
		widthMm,
		heightMm,
		scale: Math.round(fit.scale * 1000) / 1000,
		fits: fit.fits,
		ms: 0,
	};
	if (opts.outDir) {
		const dir = path.join(opts.outDir, spec.slug);
		await mkdir(dir, { recursive: true });
		const file = path.join(dir, opts.fileName ?? 'poster.pdf');
		await writeFile(file, pdf);
		result.path = file;
	}
	if (opts.keepHtml) result.html = html;
	result.ms = Date.now() - t0;
	return result;
}

/** Launches Chromium with the flags this project uses. */
/** Chromium with network access: posters may load fonts installed on the system, nothing remote. */
export function launchBrowser(executablePath?: string): Promise<Browser> {
	return launchChromium({ offline: false, ...(executablePath ? { executablePath } : {}) });
}

/**
 * Renders every spec to a one-page PDF. Results come back in the order of
 * `posters`; when `outDir` is given the PDFs are also written to disk.
 */
export async function renderPosterPdfs(posters: PosterSpec[], options: RenderOptions = {}): Promise<RenderedPoster[]> {
	const slugs = new Set<string>();
	for (const p of posters) {
		if (!/^[a-z0-9][a-z0-9-]*$/.test(p.slug)) throw new Error(`Invalid poster slug: ${JSON.stringify(p.slug)}`);
		if (slugs.has(p.slug)) throw new Error(`Duplicate poster slug: ${p.slug}`);
		slugs.add(p.slug);
		if (p.sections.length === 0) throw new Error(`Poster ${p.slug} has no sections`);
	}
	const browser = options.browser ?? (await launchBrowser(options.executablePath));
	const results = new Array<RenderedPoster>(posters.length);
	try {
		const context = await browser.newContext({ deviceScaleFactor: 1, javaScriptEnabled: true, offline: true });
		try {
			let next = 0;
			const worker = async () => {
				const page = await context.newPage();
				await page.emulateMedia({ media: 'print' });
				try {
					while (next < posters.length) {
						const i = next++;
						const spec = posters[i];
						if (!spec) continue;
						const r = await renderOne(page, spec, options);
						results[i] = r;
						options.log?.(
							`${r.fits ? 'ok  ' : 'FULL'} ${r.slug}  ${(r.bytes / 1024).toFixed(0)} KiB  ${r.widthMm}x${r.heightMm} mm  scale ${r.scale}  ${r.ms} ms${r.path ? `  -> ${r.path}` : ''}`,
						);
					}
				} finally {
					await page.close();
				}
			};
			const n = Math.max(1, Math.min(options.concurrency ?? 3, posters.length));
			await Promise.all(Array.from({ length: n }, () => worker()));
		} finally {
			await context.close();
		}
	} finally {
		if (!options.browser) await browser.close();
	}
	return results;
}
