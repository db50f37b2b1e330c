export * from './generated/prisma/client';
export { createPrismaClient, type DatabaseOptions } from './client-factory';
export { DASHBOARD_CHANNEL, listenForNotifications, type NotificationListenerOptions } from './notification-listener';
export * from './leads';
export * from './communications';
export * from './campaigns';
