/** A worker thread converting items for the import (see convert-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { type ConvertJob, convertItem } from './convert.ts';
import type { Attachments } from './wordpress-content.ts';

let attachments: Attachments = new Map();

parentPort?.on('message', (message: { attachments: [string, { url: string; title: string }][] } | { id: number; job: ConvertJob }) => {
	if ('attachments' in message) {
		attachments = new Map(message.attachments);
		return;
	}
	try {
		parentPort?.postMessage({ id: message.id, converted: convertItem(message.job, attachments) });
	} catch (error) {
		parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
	}
});
