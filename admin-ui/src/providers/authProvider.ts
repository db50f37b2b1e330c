// Sign-in against /api/v1/auth: the token and user are kept in the session, the token's
// expiry is read locally, and what a role may open comes from the domain's role table.
import type { AuthProvider } from 'react-admin';
import { canAccessResource } from '../auth/access';
import { toIdentity } from '../auth/identity';
import type { AuthUser, LoginPayload } from './apiTypes';
import { http } from './http';
import { isTokenExpired } from './jwt';
import { session } from './session';

type Credentials = { email?: string; username?: string; password: string };

export const authProvider: AuthProvider = {
  async login({ email, username, password }: Credentials) {
    const payload = await http<LoginPayload>('/auth/login', {
      method: 'POST',
      body: { email: (email ?? username ?? '').trim(), password },
    });
    session.save(payload.accessToken, payload.user);
    session.setHospital(null); // a new sign-in starts in the user's own hospital
  },

  async logout() {
    session.clear();
  },

  async checkAuth() {
    const token = session.getToken();
    // message: false: no toast; the login page itself says why the user is there
    if (!token) throw { message: false };
    if (isTokenExpired(token)) {
      session.end();
      throw { message: false };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.end();
      throw { message: false };
    }
    // 403 keeps the user signed in; the page shows the server's refusal.
  },

  async getIdentity() {
    let user = session.getUser();
    if (!user) {
      user = await http<AuthUser>('/auth/me');
      session.updateUser(user);
    }
    return toIdentity(user);
  },

  async getPermissions() {
    return session.getUser()?.role ?? null;
  },

  async canAccess({ resource }) {
    const role = session.getUser()?.role;
    return role ? canAccessResource(role, resource) : false;
  },
};
