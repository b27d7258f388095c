/** How the interface names the kinds of events and opportunities, and an opportunity's status. */
import type { OpportunityStatus } from '../lib/schedule';
import type { EVENT_KINDS, OPPORTUNITY_KINDS } from '../schemas/year';

export const EVENT_KIND_LABEL: Record<(typeof EVENT_KINDS)[number], string> = {
	dialogue: 'Virtual dialogue',
	cafe: 'Café',
	webinar: 'Webinar',
	deadline: 'Deadline',
	meeting: 'Meeting',
};

export const OPPORTUNITY_KIND_LABEL: Record<(typeof OPPORTUNITY_KINDS)[number], string> = {
	'call-for-papers': 'Call for papers',
	'call-for-posters': 'Call for posters',
	grant: 'Grant',
	award: 'Award',
	committee: 'Committee',
	other: 'Opportunity',
};

export const OPPORTUNITY_STATUS_LABEL: Record<OpportunityStatus, string> = {
	open: 'Open',
	'closes-today': 'Closes today',
	rolling: 'Rolling: no deadline',
	closed: 'Closed',
};
