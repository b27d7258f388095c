import { feedEndpoint } from '../data/feed-endpoint';

/** Everything new: posts, convenings and posters together. */
export const GET = feedEndpoint('all');
