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
import { formatProblem, type Problem, sortProblems } from '../src/content-check/problem.ts';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { progressReporter } from '../src/lib/progress.ts';
import { cacheDirFor } from '../src/lib/site-config.ts';
import { posterOptionsFromEnv } from '../src/loaders/poster-options.ts';
import { POSTER_CACHE_FOLDER } from '../src/loaders/poster-previews.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });

/** GitHub's workflow command syntax: `%`, CR and LF must be escaped in the message. */
function annotation(problem: Problem): string {
	const { line: _line, ...withoutLine } = problem;
	const message = formatProblem({ ...withoutLine, file: '' }).replace(/^: /, '').trim().replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const [level, title] = problem.notice ? ['notice', 'To finish'] : ['error', 'Content problem'];
	return `::${level} file=${problem.file},line=${problem.line ?? 1},title=${title}::${message}`;
}

const started = performance.now();
const content = contentDir();
if (isSampleContent(content)) console.log(SAMPLE_NOTICE);
const found = sortProblems(
	await checkContent({
		contentDir: content,
		// Posters are rendered as the build renders them (new or changed ones only), so a PDF
		// that is too slow or too big to draw is named here too, not only in the build.
		renderPosters: {
			cacheDir: path.resolve(cacheDirFor(content), POSTER_CACHE_FOLDER),
			options: posterOptionsFromEnv(),
			onProgress: progressReporter('Checking poster PDFs'),
		},
	}),
);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const problems = found.filter((problem) => !problem.notice);
const notices = found.filter((problem) => problem.notice);

if (notices.length > 0) {
	console.log(`${notices.length} ${notices.length === 1 ? 'thing' : 'things'} to finish (these do not stop the build):`);
	for (const notice of notices) console.log(formatProblem(notice));
	if (values.format === 'github') for (const notice of notices) console.log(annotation(notice));
	console.log('');
}
if (problems.length === 0) {
	console.log(`Content is fine: no problems found (${seconds} s).`);
} else {
	console.error(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content:`);
	for (const problem of problems) console.error(formatProblem(problem));
	if (values.format === 'github') for (const problem of problems) console.log(annotation(problem));
	console.error('Fix each line above, then run `npm run check` again.');
	process.exitCode = 1;
}
