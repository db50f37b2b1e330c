export * from './api-error';
export * from './error-envelope.filter';
export * from './success-envelope.interceptor';
export * from './validation.pipe';
