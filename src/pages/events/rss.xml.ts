import { feedEndpoint } from '../../data/feed-endpoint.ts';

export const GET = feedEndpoint('events');
