/**
 * `npm run check`: checks all content and prints every problem, one line
 * each, without building the site. Exits 1 when anything is wrong.
 *
 *   npm run check                     # plain lines, for people
 *   npm run check -- --format github  # GitHub Actions annotations on the files
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem, type Problem, sortProblems } from '../src/content-check/problem.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });

/** The line a problem's field is on, so an annotation lands next to it; 1 when unknown. */
function lineOf({ file, field }: Problem): number {
	const key = field?.split(/[.[]/)[0];
	if (!key) return 1;
	try {
		const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.startsWith(`${key}:`));
		return index >= 0 ? index + 1 : 1;
	} catch {
		return 1;
	}
}

/** GitHub's workflow command syntax: `%`, CR and LF must be escaped in the message. */
function annotation(problem: Problem): string {
	const message = formatProblem({ ...problem, file: '' }).replace(/^: /, '').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	return `::error file=${problem.file},line=${lineOf(problem)},title=Content problem::${message}`;
}

const started = performance.now();
const found = sortProblems(await checkContent({ contentDir: contentDir() }));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const problems = found.filter((problem) => !problem.notice);
const notices = found.filter((problem) => problem.notice);

if (notices.length > 0) {
	console.log(`${notices.length} ${notices.length === 1 ? 'thing' : 'things'} to finish (these do not stop the build):`);
	for (const notice of notices) console.log(formatProblem(notice));
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
