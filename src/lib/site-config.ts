/**
 * The few facts Astro's own config needs from content/program.yaml (where the
 * site is published and under which path), read before the content layer runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface SiteLocation {
	site: string;
	base: string;
}

/**
 * The site URL and base path from program.yaml. BASE_PATH in the environment
 * overrides the base (a deploy workflow may publish the same content elsewhere).
 * Falls back to safe defaults: a broken program.yaml is reported by the content checker.
 */
export function readSiteLocation(contentDir: string): SiteLocation {
	let program: { site?: unknown; base?: unknown } = {};
	try {
		program = parseYaml(readFileSync(path.join(contentDir, 'program.yaml'), 'utf8')) ?? {};
	} catch {
		// Reported, with the line to fix, by the content checker.
	}
	const site = typeof program.site === 'string' ? program.site : 'http://localhost:4321';
	const base = process.env['BASE_PATH'] ?? (typeof program.base === 'string' ? program.base : '/');
	return { site, base };
}
