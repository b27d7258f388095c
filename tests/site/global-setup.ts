/**
 * Builds the sample site once (unless SKIP_BUILD=1 and dist/ exists) and
 * serves dist/ on 127.0.0.1 for the site tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, PROJECT_ROOT } from '../support/build';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const dist = path.join(PROJECT_ROOT, 'dist');
	if (!(process.env['SKIP_BUILD'] === '1' && existsSync(dist))) {
		const result = await astroBuild();
		if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.output}`);
	}
	const site = await serveStatic(dist);
	project.provide('siteUrl', site.url);
	return () => site.close();
}
