/**
 * `npm run check`: checks all content and prints every problem, one line
 * each, without building the site. Exits 1 when anything is wrong.
 *
 *   npm run check                     # plain lines, for people
 *   npm run check -- --format github  # GitHub Actions annotations on the files
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/check-content.ts';
import { countOf, formatProblem, type Problem, sortProblems, WARNINGS_NOTE } from '../src/content-check/problem.ts';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { progressReporter } from '../src/lib/progress.ts';
import { cacheDirFor } from '../src/lib/site-config.ts';
import { posterOptionsFromEnv } from '../src/loaders/poster-options.ts';
import { POSTER_CACHE_FOLDER } from '../src/loaders/poster-previews.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });

/** GitHub's workflow command syntax: `%`, CR and LF must be escaped in the message. */
function annotation(problem: Problem, level: 'error' | 'warning'): string {
	const { line: _line, ...withoutLine } = problem;
	const message = formatProblem({ ...withoutLine, file: '' })
		.replace(/^: /, '')
		.trim()
		.replace(/%/g, '%25')
		.replace(/\r/g, '%0D')
		.replace(/\n/g, '%0A');
	return `::${level} file=${problem.file},line=${problem.line ?? 1},title=Content ${level === 'error' ? 'problem' : 'warning'}::${message}`;
}

const started = performance.now();
const content = contentDir();
if (isSampleContent(content)) console.log(SAMPLE_NOTICE);
const report = await checkContent({
	contentDir: content,
	// Posters are rendered as the build renders them (new or changed ones only), so a PDF
	// that is too slow or too big to draw is named here too, not only in the build.
	renderPosters: {
		cacheDir: path.resolve(cacheDirFor(content), POSTER_CACHE_FOLDER),
		options: posterOptionsFromEnv(),
		onProgress: progressReporter('Checking poster PDFs'),
	},
});
const problems = sortProblems(report.problems);
const warnings = sortProblems(report.warnings);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (warnings.length > 0) {
	console.warn(`${countOf(warnings.length, 'warning')} about the content:`);
	for (const warning of warnings) console.warn(formatProblem(warning));
	if (values.format === 'github') for (const warning of warnings) console.log(annotation(warning, 'warning'));
}
if (problems.length === 0) {
	console.log(
		warnings.length === 0
			? `Content is fine: no problems found (${seconds} s).`
			: `Content is fine: no problems found, ${countOf(warnings.length, 'warning')} above (${seconds} s). ${WARNINGS_NOTE}`,
	);
} else {
	console.error(`${countOf(problems.length, 'problem')} in the content:`);
	for (const problem of problems) console.error(formatProblem(problem));
	if (values.format === 'github') for (const problem of problems) console.log(annotation(problem, 'error'));
	console.error(
		`Fix each problem above, then run \`npm run check\` again.${warnings.length > 0 ? ` (The ${countOf(warnings.length, 'warning')} do not stop the build.)` : ''}`,
	);
	process.exitCode = 1;
}
