import { feedEndpoint } from '../data/feed-endpoint.ts';

/** Everything new: posts, convenings and posters together. */
export const GET = feedEndpoint('all');
