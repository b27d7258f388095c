/**
 * A pool of render processes, one per core by default. Each render has a
 * time limit and a memory limit: a PDF that never finishes, or that grows
 * past the limit, has its process killed and comes back as a problem, so no
 * PDF can hang or sink the build.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type ImageSize, largestEmbeddedImage } from './embedded-images.ts';
import type { PosterProblem } from './poster-problem.ts';
import type { RenderJob, RenderOutcome, RenderReply } from './render-job.ts';

export interface RenderPoolOptions {
	/** Render processes running at once. */
	size?: number;
	/** Longest a single render may take, in milliseconds. */
	timeoutMs: number;
	/** Most memory (resident set) a render process may use, in megabytes. */
	memoryLimitMb: number;
}

export interface RenderPool {
	render(job: Omit<RenderJob, 'id'>): Promise<RenderOutcome>;
	/** The limits each render runs under: a render that failed under the same limits fails again. */
	readonly limits: { timeoutMs: number; memoryLimitMb: number };
	/** The largest resident memory any render process reached, in megabytes. */
	peakMemoryMb(): number;
	close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/**
 * Node flags of every render process. A poster is untrusted: with code
 * generation from strings disabled, `eval` and `new Function` throw, so no
 * code path in pdf.js (or a future release of it) can compile something a PDF
 * carries. WebAssembly, which pdf.js uses to decode images, is unaffected.
 */
export function renderProcessFlags(memoryLimitMb: number): string[] {
	return [
		'--disallow-code-generation-from-strings',
		// V8's own heap limit backs up the resident-memory watch below.
		`--max-old-space-size=${memoryLimitMb}`,
		'--disable-warning=ExperimentalWarning',
	];
}

/** Decoded at 4 bytes a pixel, an image this large fills a quarter of the memory limit by itself. */
function largeImageIn(pdfPath: string, memoryLimitMb: number): ImageSize | undefined {
	try {
		const image = largestEmbeddedImage(readFileSync(pdfPath));
		return image && image.width * image.height * 4 > (memoryLimitMb * 1024 * 1024) / 4 ? image : undefined;
	} catch {
		return undefined;
	}
}
const MEMORY_POLL_MS = 50;

/** Resident memory of a process in megabytes, from /proc (Linux); undefined elsewhere. */
function residentMb(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
		return kb ? Number(kb) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

interface Slot {
	child: ChildProcess | undefined;
	busy: boolean;
}

interface Waiting {
	job: RenderJob;
	resolve: (outcome: RenderOutcome) => void;
}

export function createRenderPool({ size = availableParallelism(), timeoutMs, memoryLimitMb }: RenderPoolOptions): RenderPool {
	const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ child: undefined, busy: false }));
	const queue: Waiting[] = [];
	let nextId = 1;
	let peakMb = 0;
	let closed = false;

	function spawnChild(): ChildProcess {
		return fork(WORKER, [], {
			execArgv: renderProcessFlags(memoryLimitMb),
			serialization: 'advanced',
			stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		});
	}

	function runOn(slot: Slot, { job, resolve }: Waiting) {
		slot.busy = true;
		const child = slot.child ?? spawnChild();
		slot.child = child;
		let settled = false;
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => {
			// Keep only the tail: pdfjs may warn at length about broken files.
			stderr = (stderr + chunk.toString()).slice(-2000);
		});

		const tooMuchMemory = (): PosterProblem => {
			const largeImage = largeImageIn(job.pdfPath, memoryLimitMb);
			return { kind: 'too-much-memory', detail: `${memoryLimitMb} MB`, ...(largeImage ? { largeImage } : {}) };
		};
		const finish = (outcome: RenderOutcome, killChild: boolean) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			clearInterval(watch);
			child.off('message', onMessage);
			child.off('exit', onExit);
			child.stderr?.removeAllListeners('data');
			if (killChild) {
				child.kill('SIGKILL');
				slot.child = undefined;
			}
			slot.busy = false;
			resolve(outcome);
			pump();
		};
		const onMessage = (reply: RenderReply) => {
			if (reply.id !== job.id) return;
			const { id: _id, ...outcome } = reply;
			finish(outcome, false);
		};
		const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
			slot.child = undefined;
			const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
			finish(
				outOfMemory
					? { ok: false, problem: tooMuchMemory() }
					: { ok: false, problem: { kind: 'render-failed', detail: `the renderer stopped (${signal ?? `exit code ${code}`})` } },
				false,
			);
		};
		const timer = setTimeout(() => {
			finish({ ok: false, problem: { kind: 'timeout', detail: `${Math.round(timeoutMs / 1000)} s` } }, true);
		}, timeoutMs);
		const watch = setInterval(() => {
			const mb = child.pid === undefined ? undefined : residentMb(child.pid);
			if (mb === undefined) return;
			peakMb = Math.max(peakMb, mb);
			if (mb > memoryLimitMb) {
				finish({ ok: false, problem: tooMuchMemory() }, true);
			}
		}, MEMORY_POLL_MS);
		child.on('message', onMessage);
		child.once('exit', onExit);
		child.send(job);
	}

	function pump() {
		for (const slot of slots) {
			if (queue.length === 0) return;
			if (!slot.busy) {
				const waiting = queue.shift();
				if (waiting) runOn(slot, waiting);
			}
		}
	}

	return {
		limits: { timeoutMs, memoryLimitMb },
		render(job) {
			if (closed) return Promise.reject(new Error('The render pool is closed'));
			return new Promise((resolve) => {
				queue.push({ job: { ...job, id: nextId++ }, resolve });
				pump();
			});
		},
		peakMemoryMb: () => peakMb,
		async close() {
			closed = true;
			await Promise.all(
				slots.map(
					(slot) =>
						new Promise<void>((resolve) => {
							const child = slot.child;
							slot.child = undefined;
							if (!child || child.exitCode !== null) return resolve();
							child.once('exit', () => resolve());
							child.disconnect();
							// A child still busy (the pool is closed mid-render) is stopped outright.
							setTimeout(() => child.kill('SIGKILL'), 2000).unref();
						}),
				),
			);
		},
	};
}
