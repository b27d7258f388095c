import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The sample program, shipped with the product: what the site shows until a program has content of its own. */
export const SAMPLE_CONTENT = 'examples/open-stacks/content';

/** The program's own content folder, which `npm run init` creates. */
export const PROGRAM_CONTENT = 'content';

/**
 * The folder the program's content is read from:
 * - the folder named by INTERLIBRARY_CONTENT, when set (tests, the benchmark, a second site);
 * - `content/`, as soon as it exists and holds anything;
 * - otherwise the sample program in `examples/open-stacks/content/`, so a fresh clone shows a full site.
 *
 * A `content/` folder that exists is always used, even without its program.yaml: the
 * checker then says what is missing, rather than the sample being shown in its place.
 */
export function contentDir(cwd = process.cwd()): string {
	const chosen = process.env['INTERLIBRARY_CONTENT'];
	if (chosen) return path.resolve(cwd, chosen);
	const own = path.resolve(cwd, PROGRAM_CONTENT);
	return hasFiles(own) ? own : path.resolve(cwd, SAMPLE_CONTENT);
}

/** True when the sample program is what gets built, because the program has no content yet. */
export function isSampleContent(dir: string, cwd = process.cwd()): boolean {
	return path.resolve(dir) === path.resolve(cwd, SAMPLE_CONTENT);
}

function hasFiles(dir: string): boolean {
	try {
		return readdirSync(dir).some((name) => !name.startsWith('.'));
	} catch {
		return false;
	}
}

/** One line for commands to print when they work on the sample because the program has no content yet. */
export const SAMPLE_NOTICE = `This project has no ${PROGRAM_CONTENT}/ folder yet, so this is the sample program (${SAMPLE_CONTENT}/). Run \`npm run init\` to start your own.`;
