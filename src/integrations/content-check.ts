/**
 * Checks all content before Astro reads it. A build with mistakes in the
 * content stops with one plain line per problem (file, field, fix); in dev
 * the same lines are printed as warnings, so the preview keeps running.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content-check/check-content.ts';
import { formatProblem, sortProblems } from '../content-check/problem.ts';
import { contentDir } from '../lib/content-dir.ts';

export function contentCheck(): AstroIntegration {
	let command: 'dev' | 'build' | 'preview' | 'sync' = 'build';
	return {
		name: 'interlibrary:content-check',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': async ({ logger }) => {
				const problems = sortProblems(await checkContent({ contentDir: contentDir() }));
				if (problems.length === 0) return;
				const lines = problems.map(formatProblem);
				const heading = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content:`;
				if (command === 'dev') {
					logger.warn([heading, ...lines].join('\n'));
					return;
				}
				const error = new AstroError(
					[heading, ...lines].join('\n'),
					'Fix each line above, then build again. Run `npm run check` to see this list without building.',
				);
				// The lines say everything; a stack trace into the checker would only hide them.
				error.stack = '';
				throw error;
			},
		},
	};
}
