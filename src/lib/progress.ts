/**
 * Progress of a long job ("Rendering posters: 120 of 300"), for commands a
 * coordinator runs. In a terminal, a bar that updates in place (cli-progress);
 * in a log (CI, a build host), a line at most every few seconds, and at the end.
 */
import { SingleBar } from 'cli-progress';

export interface ProgressOptions {
	/** Where lines go: a terminal or a log. */
	stream?: NodeJS.WriteStream;
	/** Least time between two lines in a log, in milliseconds. */
	logEveryMs?: number;
}

/**
 * A function to call with (done, total) after each step, and optionally a few
 * words about it ("12 images"); it decides when to show anything, and closes
 * the bar when `done` reaches `total`.
 */
export function progressReporter(
	label: string,
	{ stream = process.stderr, logEveryMs = 5000 }: ProgressOptions = {},
): (done: number, total: number, detail?: string) => void {
	let bar: SingleBar | undefined;
	let lastLogged = 0;
	return (done, total, detail = '') => {
		if (stream.isTTY) {
			if (!bar) {
				bar = new SingleBar({ format: `${label} [{bar}] {value} of {total}{detail}`, stream, hideCursor: true, clearOnComplete: false });
				bar.start(total, done, { detail: '' });
			}
			bar.update(done, { detail: detail ? `, ${detail}` : '' });
			if (done >= total) bar.stop();
			return;
		}
		const now = Date.now();
		if (done >= total || now - lastLogged >= logEveryMs) {
			lastLogged = now;
			const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
			stream.write(`${label}: ${done} of ${total} (${percent} %)${detail ? `, ${detail}` : ''}\n`);
		}
	};
}
