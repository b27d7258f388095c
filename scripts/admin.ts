/**
 * `npm run admin`: the editor at /admin/ against this computer's files, without GitHub.
 * Starts decap-server (Decap's local backend, which reads and writes the working copy)
 * and the Astro dev server together, and stops both on Ctrl+C.
 *
 *   npm run admin                 # then open http://localhost:4321/admin/
 *   npm run admin -- --port 4400  # another port for the site (the proxy uses 8081, or EDITOR_PROXY_PORT)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { EDITOR_PROXY_ENV, editorRoot } from '../src/editor/editor-target.ts';

const content = contentDir();
const proxyPort = process.env['EDITOR_PROXY_PORT'] ?? '8081';
const repository = editorRoot(content);
const require = createRequire(import.meta.url);
const children: ChildProcess[] = [];

if (isSampleContent(content)) console.log(SAMPLE_NOTICE);
console.log(`The editor saves into ${path.relative(process.cwd(), content) || '.'}/ (through decap-server on port ${proxyPort}).`);

// decap-server serves the folder the editor's paths start from, and nothing above it.
const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
	// Only this computer may reach it: it writes files for whoever asks.
	env: { ...process.env, PORT: proxyPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repository, MODE: 'fs', LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
	stdio: 'inherit',
});
children.push(proxy);

const site = spawn(process.execPath, [path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'), 'dev', ...process.argv.slice(2)], {
	env: { ...process.env, INTERLIBRARY_CONTENT: content, [EDITOR_PROXY_ENV]: `http://127.0.0.1:${proxyPort}/api/v1` },
	stdio: 'inherit',
});
children.push(site);

function stopAll(code: number): void {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
