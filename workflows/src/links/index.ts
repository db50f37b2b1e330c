export * from './signed-links';
export * from './link-signing-secret';
