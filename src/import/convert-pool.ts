/**
 * Worker threads that convert items while the main thread reads the export,
 * fetches images and writes files, so an import uses every core. With
 * `size: 0` the conversion runs on the main thread (same results).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ConvertJob, type Converted, convertItem } from './convert.ts';
import type { Attachments } from './wordpress-content.ts';

export interface ConvertPool {
	convert(job: ConvertJob): Promise<Converted>;
	close(): Promise<void>;
}

interface Pending {
	resolve: (converted: Converted) => void;
	reject: (error: Error) => void;
}

/** One worker per core but one (the main thread has its own work), at least one. */
export function defaultPoolSize(): number {
	return Math.max(1, availableParallelism() - 1);
}

export function createConvertPool(attachments: Attachments, size = defaultPoolSize()): ConvertPool {
	if (size === 0) return { convert: (job) => Promise.resolve(convertItem(job, attachments)), close: () => Promise.resolve() };
	const pending = new Map<number, Pending>();
	let nextId = 0;
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(new URL('./convert-worker.ts', import.meta.url));
		worker.postMessage({ attachments: [...attachments] });
		worker.on('message', (message: { id: number; converted: Converted } | { id: number; error: string }) => {
			const waiting = pending.get(message.id);
			pending.delete(message.id);
			if ('error' in message) waiting?.reject(new Error(message.error));
			else waiting?.resolve(message.converted);
		});
		worker.on('error', (error: Error) => {
			for (const waiting of pending.values()) waiting.reject(error);
			pending.clear();
		});
		return worker;
	});
	return {
		convert(job) {
			const id = nextId++;
			const worker = workers[id % workers.length];
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker?.postMessage({ id, job });
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
