/**
 * The few facts Astro's own config needs from content/program.yaml (where the
 * site is published and under which path), read before the content layer runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROGRAM_CONTENT } from './content-dir.ts';

export interface SiteLocation {
	site: string;
	base: string;
}

/**
 * The site URL and base path from program.yaml. SITE_URL and BASE_PATH in the
 * environment override them (a deploy workflow may publish the same content elsewhere).
 * Falls back to safe defaults: a broken program.yaml is reported by the content checker.
 */
export function readSiteLocation(contentDir: string): SiteLocation {
	let program: { site?: unknown; base?: unknown } = {};
	try {
		program = (parseYaml(readFileSync(path.join(contentDir, 'program.yaml'), 'utf8')) as typeof program | null) ?? {};
	} catch {
		// Reported, with the line to fix, by the content checker.
	}
	const site = process.env['SITE_URL'] || (typeof program.site === 'string' ? program.site : 'http://localhost:4321');
	const base = process.env['BASE_PATH'] || (typeof program.base === 'string' ? program.base : '/');
	return { site, base };
}

/**
 * Astro's cache folder for a content folder. Astro keeps loaded entries in its
 * cache keyed by id and file digest, so two content folders with identical
 * files would share stale paths; each content folder gets a cache of its own.
 */
export function cacheDirFor(contentDir: string, projectRoot = process.cwd()): string {
	const defaultContent = path.resolve(projectRoot, PROGRAM_CONTENT);
	if (path.resolve(contentDir) === defaultContent) return './node_modules/.astro';
	const key = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
	return `./node_modules/.astro/content-${key}`;
}
