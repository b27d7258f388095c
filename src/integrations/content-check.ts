/**
 * Checks all content before Astro reads it. A build (or a dev server) with
 * mistakes in the content stops with one plain line per problem (file,
 * field, fix). While the dev server runs, each change under content/ is
 * checked again and any problems are printed the same way, so the author
 * reads the real cause rather than a loader's second-hand error.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content-check/check-content.ts';
import { formatProblem, sortProblems } from '../content-check/problem.ts';
import { contentDir } from '../lib/content-dir.ts';
import { posterOptionsFromEnv } from '../loaders/poster-options.ts';

/**
 * The report of a check: undefined when the content is fine. With
 * POSTER_ERRORS=placeholder, poster PDFs that cannot be shown are not
 * problems that stop the build: the posters loader publishes them with a
 * placeholder and says so.
 */
async function report(): Promise<{ heading: string; lines: string[]; posterPdfs: boolean; notices: number } | undefined> {
	const placeholders = posterOptionsFromEnv().onError === 'placeholder';
	const found = await checkContent({ contentDir: contentDir() });
	const notices = found.filter((problem) => problem.notice).length;
	const problems = sortProblems(found).filter((problem) => !problem.notice && !(placeholders && problem.posterPdf));
	if (problems.length === 0) return notices > 0 ? { heading: '', lines: [], posterPdfs: false, notices } : undefined;
	return {
		notices,
		heading: `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content:`,
		lines: problems.map(formatProblem),
		posterPdfs: problems.some((problem) => problem.posterPdf),
	};
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'interlibrary:content-check',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				const root = contentDir();
				let timer: NodeJS.Timeout | undefined;
				let hadProblems = false;
				server.watcher.on('all', (_event, changed) => {
					if (!changed.startsWith(root)) return;
					clearTimeout(timer);
					timer = setTimeout(async () => {
						const found = await report();
						const failing = found && found.lines.length > 0;
						if (failing) logger.error([found.heading, ...found.lines].join('\n'));
						else if (hadProblems) logger.info('The content is fine again.');
						hadProblems = Boolean(failing);
					}, 200);
				});
			},
			'astro:config:done': async ({ logger }) => {
				const found = await report();
				if (!found) return;
				if (found.lines.length === 0) {
					logger.warn(`${found.notices} ${found.notices === 1 ? 'thing' : 'things'} in the content to finish, such as provisional alt text from an import; \`npm run check\` lists them.`);
					return;
				}
				const { heading, lines, posterPdfs } = found;
				const error = new AstroError(
					[heading, ...lines].join('\n'),
					[
						'Fix each line above, then build again. Run `npm run check` to see this list without building.',
						posterPdfs ? 'To publish posters whose PDF cannot be shown with a placeholder instead, build with POSTER_ERRORS=placeholder.' : '',
					].join(' ').trim(),
				);
				// The lines say everything; a stack trace into the checker would only hide them.
				error.stack = '';
				throw error;
			},
		},
	};
}
