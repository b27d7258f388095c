/**
 * Chromium as the product's tools drive it (the quality gate, the benchmark,
 * the sample's poster generator): Debian's Chromium or any Chrome, headless,
 * with the background traffic that a closed network refuses turned off.
 */
import { type Browser, chromium } from 'playwright-core';

/** Where Chromium is: $CHROMIUM_PATH, or Debian's and Ubuntu's package. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** A headless Chromium; `offline` resolves no host name but 127.0.0.1, so nothing can reach out. */
export function launchChromium({ offline = true, executablePath = CHROMIUM_PATH }: { offline?: boolean; executablePath?: string } = {}): Promise<Browser> {
	return chromium.launch({
		executablePath,
		headless: true,
		args: offline ? [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] : CHROMIUM_ARGS,
	});
}
