/**
 * Builds the sample site once (unless SKIP_BUILD=1 and its build exists) and
 * serves it on 127.0.0.1 for the site tests.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { astroBuild, SAMPLE_DIST } from '../support/build.ts';
import { serveStatic } from '../../scripts/verify/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const dist = SAMPLE_DIST;
	if (!(process.env['SKIP_BUILD'] === '1' && existsSync(dist))) {
		const result = await astroBuild({}, ['--outDir', dist]);
		if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.output}`);
	}
	const site = await serveStatic(dist);
	project.provide('siteUrl', site.url);
	return () => site.close();
}
