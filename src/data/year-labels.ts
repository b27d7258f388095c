/** The catalogue keys that name the kinds of events and opportunities, and an opportunity's status. */
import type { MessageKey } from '../i18n/messages/en.ts';
import type { OpportunityStatus } from '../lib/schedule.ts';
import type { EVENT_KINDS, OPPORTUNITY_KINDS } from '../schemas/year.ts';

export const EVENT_KIND_LABEL: Record<(typeof EVENT_KINDS)[number], MessageKey> = {
	dialogue: 'eventKind.dialogue',
	cafe: 'eventKind.cafe',
	webinar: 'eventKind.webinar',
	deadline: 'eventKind.deadline',
	meeting: 'eventKind.meeting',
};

export const OPPORTUNITY_KIND_LABEL: Record<(typeof OPPORTUNITY_KINDS)[number], MessageKey> = {
	'call-for-papers': 'opportunityKind.call-for-papers',
	'call-for-posters': 'opportunityKind.call-for-posters',
	grant: 'opportunityKind.grant',
	award: 'opportunityKind.award',
	committee: 'opportunityKind.committee',
	other: 'opportunityKind.other',
};

export const OPPORTUNITY_STATUS_LABEL: Record<OpportunityStatus, MessageKey> = {
	open: 'opportunityStatus.open',
	'closes-today': 'opportunityStatus.closes-today',
	rolling: 'opportunityStatus.rolling',
	closed: 'opportunityStatus.closed',
};
