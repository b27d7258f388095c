/**
 * Writing imported entries so that a later import can tell them apart from
 * edited ones. Each file carries, as the last line of its `imported` block,
 * a digest of itself as written (that line left out). A file that still
 * matches its digest may be updated from a newer export; one that does not
 * was edited by someone, and is never overwritten.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

const DIGEST_LINE = /^[ \t]+digest: ["']?sha256-[0-9a-f]{64}["']?[ \t]*\r?\n/m;
const PENDING = 'sha256-pending';

function sha256(text: string): string {
	return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * The text of an entry with its digest: `data` must end with an `imported`
 * object (source, id, url), to which the digest is added as the last field.
 * `body` is the Markdown after the frontmatter; without it the file is YAML.
 */
export function serialiseEntry(data: Record<string, unknown> & { imported: Record<string, unknown> }, body?: string): string {
	const withPlaceholder = { ...data, imported: { ...data.imported, digest: PENDING } };
	const yaml = stringify(withPlaceholder, { lineWidth: 0 });
	const text = body === undefined ? yaml : `---\n${yaml}---\n\n${body.trim()}\n`;
	const placeholder = new RegExp(`^([ \\t]+)digest: ${PENDING}[ \\t]*\\n`, 'm');
	const digest = sha256(text.replace(placeholder, ''));
	return text.replace(`digest: ${PENDING}`, `digest: ${digest}`);
}

/** True when the file is exactly as the importer wrote it (its digest matches). */
export function isUnedited(text: string): boolean {
	const line = DIGEST_LINE.exec(text)?.[0];
	if (!line) return false;
	const written = /sha256-[0-9a-f]{64}/.exec(line)?.[0];
	return written === sha256(text.replace(DIGEST_LINE, ''));
}

/** What happened to one file. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

const folders = new Set<string>();

async function readIfThere(file: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * Writes `text` to `file` unless that would lose someone's work:
 * a new file is created; an unedited import is updated; an edited one is kept.
 * With `dryRun`, only says what would happen. Asynchronous, so that waiting
 * for the disk (thousands of small files) overlaps with converting the next posts.
 */
export async function writeImported(file: string, text: string, dryRun: boolean): Promise<WriteOutcome> {
	const current = await readIfThere(file);
	if (current === undefined) {
		if (!dryRun) {
			const folder = path.dirname(file);
			if (!folders.has(folder)) {
				await mkdir(folder, { recursive: true });
				folders.add(folder);
			}
			await writeFile(file, text, { flag: 'wx' });
		}
		return 'created';
	}
	if (current === text) return 'unchanged';
	if (!isUnedited(current)) return 'kept';
	if (!dryRun) await writeFile(file, text);
	return 'updated';
}
