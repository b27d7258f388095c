// Runs in front of every npm script (see package.json), before anything that
// needs a current Node.js: our scripts are TypeScript run directly by Node,
// which an older Node cannot even read, so without this a coordinator would
// meet a stack trace (ERR_UNKNOWN_FILE_EXTENSION) instead of this sentence.
// Plain JavaScript on purpose: it must run on any Node.js at all.
import { readFileSync } from 'node:fs';

const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines || {};
const needed = /(\d+)\.(\d+)\.(\d+)/.exec(String(engines.node)) || ['', '22', '18', '0'];

/** True when `version` ("24.1.0") is at least major.minor.patch. */
export function isRecentEnough(version, major, minor, patch) {
	const have = version.replace(/^v/, '').split('.').map(Number);
	const want = [major, minor, patch];
	for (let index = 0; index < 3; index++) {
		if ((have[index] || 0) !== want[index]) return (have[index] || 0) > want[index];
	}
	return true;
}

const [, major, minor, patch] = needed.map(Number);
if (!isRecentEnough(process.versions.node, major, minor, patch)) {
	console.error(
		[
			`Interlibrary needs Node.js ${major}.${minor} or newer, and this computer runs Node.js ${process.versions.node}.`,
			'Install Node.js 24 LTS from https://nodejs.org/ (or run `nvm install` here, which reads .nvmrc),',
			'open a new terminal, and run the command again. `node --version` shows which Node.js you have.',
		].join('\n'),
	);
	process.exit(1);
}
