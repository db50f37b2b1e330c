export * from './generated/prisma/client';
export { createPrismaClient, type DatabaseOptions } from './client-factory';
export * from './leads';
export * from './communications';
export * from './campaigns';
