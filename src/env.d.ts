declare namespace App {
	interface Locals {
		/** The interface language of a page rendered under a language prefix (`/es/…`), set by src/pages/[lang]/[...path].astro. */
		uiLang?: string;
	}
}
