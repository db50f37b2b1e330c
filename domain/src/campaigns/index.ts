// Campaigns: the audience targeting spec and its validator (the lifecycle is campaign-lifecycle.ts).
export * from './audience';
export * from './campaign-funnel';
export * from './birthday';
