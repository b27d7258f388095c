/**
 * How the poster loader treats PDFs, from environment variables so a
 * coordinator can change them in a deploy's settings without editing code:
 *
 * - POSTER_ERRORS=fail (default) stops the build when any PDF cannot be
 *   rendered; POSTER_ERRORS=placeholder publishes such posters with a
 *   placeholder preview and the download link, and only warns.
 * - POSTER_RENDER_TIMEOUT: seconds one render may take (default 60).
 * - POSTER_RENDER_MEMORY: megabytes one render may use (default 1024).
 * - POSTER_RENDER_PROCESSES: renders at once (default: one per core).
 * - POSTER_DOWNLOAD_TIMEOUT: seconds one download of a poster kept in a
 *   repository (`pdf: https://…`) may take (default 120).
 * - POSTER_DOWNLOAD_MAX_MB: the largest such poster accepted (default 200).
 */
import { availableParallelism } from 'node:os';
import { z } from 'astro/zod';
import { DEFAULT_DOWNLOAD_LIMITS, type DownloadLimits } from '../lib/pdf/remote-pdf.ts';

const optionsSchema = z.object({
	POSTER_ERRORS: z.enum(['fail', 'placeholder'], { error: 'must be "fail" or "placeholder"' }).default('fail'),
	POSTER_RENDER_TIMEOUT: z.coerce.number({ error: 'must be a number of seconds' }).positive().default(60),
	POSTER_RENDER_MEMORY: z.coerce.number({ error: 'must be a number of megabytes' }).min(128).default(1024),
	POSTER_RENDER_PROCESSES: z.coerce.number({ error: 'must be a whole number' }).int().positive().default(availableParallelism()),
	POSTER_DOWNLOAD_TIMEOUT: z.coerce.number({ error: 'must be a number of seconds' }).positive().default(120),
	POSTER_DOWNLOAD_MAX_MB: z.coerce.number({ error: 'must be a number of megabytes' }).positive().default(200),
});

export interface PosterOptions {
	onError: 'fail' | 'placeholder';
	timeoutMs: number;
	memoryLimitMb: number;
	processes: number;
	download: DownloadLimits;
}

/** The options from `env`; a bad value is an error naming the variable. */
export function posterOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PosterOptions {
	const parsed = optionsSchema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`The environment variable ${String(issue?.path[0])} ${issue?.message}`);
	}
	const options = parsed.data;
	return {
		onError: options.POSTER_ERRORS,
		timeoutMs: options.POSTER_RENDER_TIMEOUT * 1000,
		memoryLimitMb: options.POSTER_RENDER_MEMORY,
		processes: options.POSTER_RENDER_PROCESSES,
		download: { ...DEFAULT_DOWNLOAD_LIMITS, timeoutMs: options.POSTER_DOWNLOAD_TIMEOUT * 1000, maxBytes: options.POSTER_DOWNLOAD_MAX_MB * 1024 * 1024 },
	};
}
