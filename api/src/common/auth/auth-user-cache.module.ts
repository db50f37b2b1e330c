import { Global, Module } from '@nestjs/common';
import { AuthUserCache } from './auth-user-cache';

/** One AuthUserCache per process: the guard reads it, whatever changes a user forgets the entry. */
@Global()
@Module({ providers: [AuthUserCache], exports: [AuthUserCache] })
export class AuthUserCacheModule {}
