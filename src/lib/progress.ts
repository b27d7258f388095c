/**
 * Progress of a long job ("Rendering posters: 120 of 300"), for commands a
 * coordinator runs. In a terminal the line updates in place; in a log (CI,
 * a build host) a line is written at most every few seconds, and at the end.
 */

export interface ProgressOptions {
	/** Where lines go: a terminal or a log. */
	stream?: NodeJS.WriteStream;
	/** Least time between two lines in a log, in milliseconds. */
	logEveryMs?: number;
}

/** A function to call with (done, total) after each step; it decides when to show anything. */
export function progressReporter(label: string, { stream = process.stderr, logEveryMs = 5000 }: ProgressOptions = {}): (done: number, total: number) => void {
	let lastLogged = 0;
	return (done, total) => {
		const text = `${label}: ${done} of ${total} (${total === 0 ? 100 : Math.floor((done / total) * 100)} %)`;
		if (stream.isTTY) {
			stream.write(`\r${text}${done === total ? '\n' : ''}`);
			return;
		}
		const now = Date.now();
		if (done === total || now - lastLogged >= logEveryMs) {
			lastLogged = now;
			stream.write(`${text}\n`);
		}
	};
}
