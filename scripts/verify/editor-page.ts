import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The editor at /admin/: once a program sets it up, it is Decap CMS's own interface (a
 * 1.5 MB application for signed-in participants, not a page for readers), so the checks
 * for content pages (axe, console errors, page weight) leave it out. `editorProblems`
 * checks what matters for it instead: kept from search engines, the sitemap and search.
 */
export const EDITOR_PAGE = 'admin/index.html';

/** What would let the editor page reach readers: no `noindex`, a place in the sitemap or in search. */
export function editorProblems(outDir: string): string[] {
	const file = path.join(outDir, EDITOR_PAGE);
	if (!existsSync(file)) return [];
	const html = readFileSync(file, 'utf8');
	const problems: string[] = [];
	if (!/<meta name="robots" content="noindex[^"]*"/.test(html)) problems.push(`${EDITOR_PAGE} lacks <meta name="robots" content="noindex">`);
	if (html.includes('data-pagefind-body')) problems.push(`${EDITOR_PAGE} is marked for the search index (data-pagefind-body)`);
	for (const sitemap of globSync('sitemap-*.xml', { cwd: outDir })) {
		if (/\/admin\/<\/loc>/.test(readFileSync(path.join(outDir, sitemap), 'utf8'))) problems.push(`${sitemap} lists /admin/`);
	}
	return problems;
}
