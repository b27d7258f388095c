/** Runs a command and measures its wall time and the peak memory of it and all its child processes (Linux /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
	code: number;
	wallMs: number;
	/** Largest sum of resident memory over the process and its descendants, in MB. */
	peakMb: number;
	output: string;
}

function children(): Map<number, number[]> {
	const byParent = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	return byParent;
}

function treeRssMb(root: number): number {
	const byParent = children();
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() ?? 0;
		try {
			const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			total += Number(kb ?? 0) / 1024;
		} catch {
			// Gone already.
		}
		stack.push(...(byParent.get(pid) ?? []));
	}
	return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
		let output = '';
		let peakMb = 0;
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const poll = setInterval(() => {
			if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
		}, 200);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(poll);
			resolve({ code: code ?? 1, wallMs: performance.now() - started, peakMb, output });
		});
	});
}
