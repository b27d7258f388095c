/**
 * Images of imported posts: the address of the original file rather than a
 * resized copy, a local file name, and a download queue that runs a few at a
 * time, retries, resumes after an interruption (finished files are kept and
 * not fetched again; unfinished ones are `.part` files) and never stops the
 * import: an image that cannot be fetched is reported and the post keeps
 * its working remote address.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import sharp from 'sharp';

/**
 * The address of the original image behind a resized one:
 * Blogger's `/s320/`, `/w640-h480/`, `/s1600-h/` path segments and `=s1600`,
 * `=w640-h480` suffixes become `s0` (the original); WordPress's `?w=1024`
 * (and Jetpack's `?resize=…`) queries are dropped, as is the `-300x200` a
 * resized upload adds to its file name.
 */
export function originalImageUrl(address: string): string {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return address;
	}
	const host = url.hostname;
	if (/(^|\.)bp\.blogspot\.com$|(^|\.)googleusercontent\.com$|(^|\.)blogger\.com$/.test(host)) {
		url.pathname = url.pathname.replace(/\/(s\d+|w\d+(-h\d+)?|h\d+)(-[a-z0-9-]*)?\//i, '/s0/').replace(/=(s\d+|w\d+|h\d+)[\w-]*$/i, '=s0');
		return url.href;
	}
	if (url.pathname.includes('/wp-content/uploads/') || /(^|\.)files\.wordpress\.com$|^i\d\.wp\.com$/.test(host)) {
		url.search = '';
		url.pathname = url.pathname.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
		return url.href;
	}
	return address;
}

/** A file name for an image from its address: lower case, no spaces, its extension kept. */
export function imageFileName(address: string): string {
	let last = 'image';
	try {
		last = decodeURIComponent(new URL(address).pathname.split('/').filter(Boolean).pop() ?? 'image');
	} catch {
		// Not an address: the caller named it.
	}
	const extension = /\.(jpe?g|png|gif|webp|avif|svg|tiff?)$/i.exec(last)?.[1]?.toLowerCase();
	const base = slug(last.replace(/\.[a-z0-9]{2,5}$/i, '')).slice(0, 80) || 'image';
	return `${base}.${extension === 'jpeg' ? 'jpg' : (extension ?? 'jpg')}`;
}

/** An image of a post, with the address to fetch it from and its file name in the post's image folder. */
export interface PlannedImage<Image> {
	image: Image;
	/** The address as the post wrote it, made absolute against the post's own address. */
	absolute: string;
	name: string;
}

/** File names for a post's images: each address once, names made unique within the post (`photo.jpg`, `photo-2.jpg`). */
export function planImages<Image extends { src: string }>(images: readonly Image[], base: string | undefined): PlannedImage<Image>[] {
	const names = new Map<string, string>();
	const used = new Set<string>();
	return images.map((image) => {
		let absolute = image.src;
		try {
			absolute = new URL(image.src, base).href;
		} catch {
			// Not resolvable: fetched as written, which fails and is reported.
		}
		let name = names.get(absolute);
		if (!name) {
			name = imageFileName(absolute);
			const stem = name.replace(/\.[^.]+$/, '');
			for (let n = 2; used.has(name); n++) name = `${stem}-${n}${name.slice(stem.length)}`;
			names.set(absolute, name);
			used.add(name);
		}
		return { image, absolute, name };
	});
}

const EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif', svg: 'svg', tiff: 'tiff', heif: 'heic' };
/** What the site can show: the checker and Astro accept these. */
const USABLE = new Set(['jpg', 'png', 'webp', 'gif', 'avif', 'svg', 'tiff']);

export type DownloadResult = { ok: true; file: string; fetched: boolean } | { ok: false; reason: string };

export interface DownloaderOptions {
	/** How many downloads run at once. */
	concurrency: number;
	/** Attempts per address after the first (network errors and 5xx/429 answers only). */
	retries: number;
	/** Wait before the first retry; doubled for each next one. */
	retryDelayMs: number;
	/** Give up on one request after this long. */
	timeoutMs: number;
	/** Refuse files larger than this. */
	maxBytes: number;
	fetch: typeof fetch;
}

export const DEFAULT_DOWNLOADER: DownloaderOptions = {
	concurrency: 4,
	retries: 3,
	retryDelayMs: 500,
	timeoutMs: 30_000,
	maxBytes: 25_000_000,
	fetch: globalThis.fetch,
};

class RetryableError extends Error {}

/**
 * Downloads images with a cap on how many run at once. Each image is fetched
 * once per run even if several posts use it; a file already on disk (from an
 * earlier, interrupted run) is kept as it is.
 */
export class ImageDownloader {
	readonly #options: DownloaderOptions;
	#running = 0;
	readonly #waiting: (() => void)[] = [];
	readonly #bytes = new Map<string, Promise<{ ok: true; data: Buffer; extension: string } | { ok: false; reason: string }>>();

	constructor(options: Partial<DownloaderOptions> = {}) {
		this.#options = { ...DEFAULT_DOWNLOADER, ...options };
	}

	async #slot<T>(work: () => Promise<T>): Promise<T> {
		if (this.#running >= this.#options.concurrency) await new Promise<void>((resolve) => this.#waiting.push(resolve));
		this.#running++;
		try {
			return await work();
		} finally {
			this.#running--;
			this.#waiting.shift()?.();
		}
	}

	async #fetchOnce(address: string): Promise<Buffer> {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), this.#options.timeoutMs);
		try {
			let response: Response;
			try {
				response = await this.#options.fetch(address, { signal: controller.signal, redirect: 'follow' });
			} catch (error) {
				throw new RetryableError(
					controller.signal.aborted
						? 'it took too long to answer'
						: `the server could not be reached (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`,
				);
			}
			if (response.status === 429 || response.status >= 500) throw new RetryableError(`the server answered ${response.status}`);
			if (!response.ok) throw new Error(`the server answered ${response.status}${response.status === 404 ? ' (not found)' : ''}`);
			const length = Number(response.headers.get('content-length') ?? 0);
			if (length > this.#options.maxBytes) throw new Error(`it is larger than ${Math.round(this.#options.maxBytes / 1_000_000)} MB`);
			const data = Buffer.from(await response.arrayBuffer());
			if (data.length > this.#options.maxBytes) throw new Error(`it is larger than ${Math.round(this.#options.maxBytes / 1_000_000)} MB`);
			return data;
		} finally {
			clearTimeout(timer);
		}
	}

	async #fetchWithRetries(address: string): Promise<Buffer> {
		for (let attempt = 0; ; attempt++) {
			try {
				return await this.#fetchOnce(address);
			} catch (error) {
				if (!(error instanceof RetryableError) || attempt >= this.#options.retries) {
					const tries = attempt + 1;
					throw new Error(`${error instanceof Error ? error.message : String(error)}${tries > 1 ? ` (tried ${tries} times)` : ''}`, { cause: error });
				}
				await new Promise((resolve) => setTimeout(resolve, this.#options.retryDelayMs * 2 ** attempt));
			}
		}
	}

	/** The bytes of an image and their real format, trying each address in turn (the original first). */
	#load(addresses: string[]) {
		const key = addresses.join(' ');
		let pending = this.#bytes.get(key);
		if (!pending) {
			pending = this.#slot(async () => {
				let reason = 'no address';
				for (const address of addresses) {
					try {
						const data = await this.#fetchWithRetries(address);
						const format = await sharp(data)
							.metadata()
							.then(
								(metadata) => metadata.format,
								() => undefined,
							);
						const extension = format ? EXTENSIONS[format] : undefined;
						if (!extension) return { ok: false as const, reason: 'what came back is not an image' };
						if (!USABLE.has(extension)) return { ok: false as const, reason: `it is a ${format} image, which web pages cannot show` };
						return { ok: true as const, data, extension };
					} catch (error) {
						reason = error instanceof Error ? error.message : String(error);
					}
				}
				return { ok: false as const, reason };
			});
			this.#bytes.set(key, pending);
		}
		return pending;
	}

	/**
	 * Saves the image at the first address that works (the original, then the
	 * copy the post showed) as `target`; the extension follows the real format.
	 */
	async save(addresses: string[], target: string): Promise<DownloadResult> {
		const stem = target.replace(/\.[a-z0-9]+$/i, '');
		for (const extension of USABLE) {
			if (existsSync(`${stem}.${extension}`)) return { ok: true, file: `${stem}.${extension}`, fetched: false };
		}
		const loaded = await this.#load(addresses);
		if (!loaded.ok) return loaded;
		const file = `${stem}.${loaded.extension}`;
		mkdirSync(path.dirname(file), { recursive: true });
		// Written beside the target and renamed, so an interrupted run never leaves half an image under the real name.
		const part = `${file}.part`;
		try {
			writeFileSync(part, loaded.data);
			renameSync(part, file);
		} catch (error) {
			rmSync(part, { force: true });
			return { ok: false, reason: `it could not be saved (${error instanceof Error ? error.message : String(error)})` };
		}
		return { ok: true, file, fetched: true };
	}
}
