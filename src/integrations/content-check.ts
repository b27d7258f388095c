/**
 * Checks all content before Astro reads it. A build (or a dev server) with
 * mistakes in the content stops with one plain line per problem (file,
 * field, fix). While the dev server runs, each change under content/ is
 * checked again and any problems are printed the same way, so the author
 * reads the real cause rather than a loader's second-hand error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type CheckOptions, checkContent } from '../content-check/check-content.ts';
import { countOf, formatProblem, sortProblems, WARNINGS_NOTE } from '../content-check/problem.ts';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../lib/content-dir.ts';
import { progressReporter } from '../lib/progress.ts';
import { posterOptionsFromEnv } from '../loaders/poster-options.ts';
import { POSTER_CACHE_FOLDER } from '../loaders/poster-previews.ts';

interface Report {
	/** What stops the build: undefined when the content is fine. */
	problems: { heading: string; lines: string[]; posterPdfs: boolean } | undefined;
	/** What is printed without stopping anything: undefined when there is nothing to say. */
	warnings: string | undefined;
}

/**
 * The report of a check. With POSTER_ERRORS=placeholder, poster PDFs that
 * cannot be shown are not problems that stop the build: the posters loader
 * publishes them with a placeholder and says so.
 */
async function report(renderPosters?: CheckOptions['renderPosters']): Promise<Report> {
	const placeholders = posterOptionsFromEnv().onError === 'placeholder';
	const found = await checkContent({ contentDir: contentDir(), ...(renderPosters ? { renderPosters } : {}) });
	const problems = sortProblems(found.problems).filter((problem) => !(placeholders && problem.posterPdf));
	const warnings = sortProblems(found.warnings);
	return {
		problems:
			problems.length === 0
				? undefined
				: {
						heading: `${countOf(problems.length, 'problem')} in the content:`,
						lines: problems.map(formatProblem),
						posterPdfs: problems.some((problem) => problem.posterPdf),
					},
		warnings:
			warnings.length === 0
				? undefined
				: [`${countOf(warnings.length, 'warning')} about the content:`, ...warnings.map(formatProblem), WARNINGS_NOTE].join('\n'),
	};
}

const DEV_HINT = 'Fix each line, and save: the page reloads once the content is fine. The same list is in the terminal, and `npm run check` prints it.';

/** Addresses of this computer: `npm run init` writes one when it is not told where the site will live. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A site built for this computer links its feeds, sitemap and shared pages there. */
function localSiteWarning(site: string): string {
	return [
		`The site's address is ${site} (\`site\` in program.yaml), this computer's: the feeds, the sitemap and the links for sharing in this build point there.`,
		'Before publishing, set `site` to the address the site will have, like https://network.example.org (the GitHub Pages deploy workflow sets it by itself).',
	].join('\n');
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
					// Only opened here: the posters loader renders a changed PDF and reports what rendering finds.
					const recheck = async () => {
						const { problems, warnings } = await report();
						if (warnings) logger.warn(warnings);
						if (problems) {
							logger.error([problems.heading, ...problems.lines].join('\n'));
							// The browser shows them too, in Astro's error overlay, where an author looking at the page will see them.
							// (Astro escapes the message before the overlay shows it: a participant's text stays text; the dev-server test checks.)
							server.environments.client.hot.send({
								type: 'error',
								err: { name: 'Content problems', title: problems.heading, message: problems.lines.join('\n'), hint: DEV_HINT, stack: '' },
							});
						} else if (hadProblems) logger.info('The content is fine again.');
						hadProblems = problems !== undefined;
					};
					timer = setTimeout(() => void recheck().catch((error: unknown) => logger.error(String(error))), 200);
				});
			},
			'astro:config:setup': ({ command, config, logger }) => {
				const site = config.site ? new URL(config.site) : undefined;
				if (command === 'build' && site && LOCAL_HOSTS.has(site.hostname)) logger.warn(localSiteWarning(site.href));
			},
			'astro:config:done': async ({ config, logger }) => {
				if (isSampleContent(contentDir())) logger.info(SAMPLE_NOTICE);
				// Every poster is rendered now (new or changed ones; the loader then finds them all in the
				// cache), so a PDF that only fails when drawn is in the same list as every other problem.
				const { problems, warnings } = await report({
					cacheDir: path.join(fileURLToPath(config.cacheDir), POSTER_CACHE_FOLDER),
					options: posterOptionsFromEnv(),
					onProgress: progressReporter('Checking poster PDFs', { stream: process.stdout }),
					onDone: ({ rendered, unchanged, failed }, ms) =>
						logger.info(`Poster PDFs: ${rendered} rendered, ${unchanged} from the preview cache, ${failed} failed (${(ms / 1000).toFixed(1)} s)`),
				});
				if (warnings) logger.warn(warnings);
				if (!problems) return;
				const { heading, lines, posterPdfs } = problems;
				logger.error([heading, ...lines].join('\n'));
				logger.info(
					[
						'Fix each line above, then build again. Run `npm run check` to see this list without building.',
						posterPdfs ? 'To publish posters whose PDF cannot be shown with a placeholder instead, build with POSTER_ERRORS=placeholder.' : '',
					]
						.join(' ')
						.trim(),
				);
				// The lines say everything, so the build ends here rather than by throwing: Astro would print a
				// thrown message as Markdown (a line's example `![alt](photo.jpg)` would lose its brackets), under
				// "An unhandled error occurred", which reads as a crash of the tool rather than a list to fix.
				process.exit(1);
			},
		},
	};
}
