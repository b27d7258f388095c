/**
 * Serves Decap CMS, the editor at /admin/, from the npm package: under `astro dev` from
 * node_modules, and in a build copied next to the admin page, only when that page loads it
 * (a program that has not set the editor up ships none of it). No third-party script host.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the admin page finds the editor's files, under the site's base. */
export const EDITOR_BUNDLE_PATH = '/admin/decap/';

/** The package's browser bundle: the main file and the chunks and WebAssembly it loads from beside itself. */
function bundleFiles(): { dir: string; files: string[] } {
	const main = createRequire(import.meta.url).resolve('decap-cms');
	const dir = path.dirname(main);
	const files = readdirSync(dir).filter(
		(name) => name === path.basename(main) || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt',
	);
	return { dir, files };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

export function editorBundle(): AstroIntegration {
	return {
		name: 'interlibrary:editor-bundle',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const page = path.join(outDir, 'admin/index.html');
				if (!existsSync(page) || !readFileSync(page, 'utf8').includes(`${EDITOR_BUNDLE_PATH}decap-cms.js`)) return;
				const { dir: source, files } = bundleFiles();
				const target = path.join(outDir, EDITOR_BUNDLE_PATH);
				mkdirSync(target, { recursive: true });
				for (const file of files) copyFileSync(path.join(source, file), path.join(target, file));
				logger.info(`Copied the editor (Decap CMS, ${files.length} files) to ${EDITOR_BUNDLE_PATH}`);
			},
			'astro:server:setup': ({ server }) => {
				const { dir: source, files } = bundleFiles();
				const known = new Set(files);
				server.middlewares.use((request, response, next) => {
					const base = server.config.base.replace(/\/$/, '');
					const url = (request.url ?? '').split('?')[0] ?? '';
					const prefix = `${base}${EDITOR_BUNDLE_PATH}`;
					if (!url.startsWith(prefix)) return next();
					const name = url.slice(prefix.length);
					const file = path.join(source, name);
					if (!known.has(name) || !statSync(file).isFile()) return next();
					response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}
