import { feedEndpoint } from '../../data/feed-endpoint';

export const GET = feedEndpoint('events');
