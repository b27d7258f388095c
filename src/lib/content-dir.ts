import path from 'node:path';

/**
 * The folder the program's content is read from: `content/` in the project,
 * or the folder named by INTERLIBRARY_CONTENT (used by tests and the benchmark
 * to build other programs with the same site).
 */
export function contentDir(cwd = process.cwd()): string {
	return path.resolve(cwd, process.env['INTERLIBRARY_CONTENT'] ?? 'content');
}
