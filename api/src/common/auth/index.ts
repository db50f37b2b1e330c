export * from './auth-user';
export * from './decorators';
export * from './jwt-auth.guard';
export * from './area.guard';
export * from './auth-user-cache';
