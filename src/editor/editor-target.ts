/**
 * Where the editor saves, worked out from the content folder: the folder's path inside
 * its git repository (what the GitHub backend writes), and for `npm run admin` the
 * folder decap-server serves and the address it listens on.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EditorTarget } from './editor-config.ts';

/** Set by `npm run admin`: the address of the local decap-server. */
export const EDITOR_PROXY_ENV = 'INTERLIBRARY_EDITOR_PROXY';

/**
 * The folder the editor's paths start from: the git repository holding the content, or,
 * for a copy outside any repository (a test's), the folder around the content folder.
 */
export function editorRoot(contentDir: string): string {
	for (let dir = path.resolve(contentDir); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, '.git'))) return dir;
		if (path.dirname(dir) === dir) return path.dirname(path.resolve(contentDir));
	}
}

/** The target for this process: local when `npm run admin` started it, GitHub otherwise. */
export function editorTarget(contentDir: string, env: NodeJS.ProcessEnv = process.env): EditorTarget {
	const contentFolder = path.relative(editorRoot(contentDir), path.resolve(contentDir)).split(path.sep).join('/');
	const localProxy = env[EDITOR_PROXY_ENV];
	return { contentFolder, ...(localProxy ? { localProxy } : {}) };
}
