// The signed-in session lives in localStorage so a reload or a new tab stays signed in.
import type { AuthUser, HospitalSummary } from './apiTypes';

const TOKEN_KEY = 'hospital-crm.token';
const USER_KEY = 'hospital-crm.user';
const HOSPITAL_KEY = 'hospital-crm.hospital';
// Per tab: tells the login page why the user is back there.
const ENDED_KEY = 'hospital-crm.sessionEnded';

const read = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled (private mode, policy): behave as signed out
  }
};

const parse = <T>(raw: string | null): T | null => {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
};

export const session = {
  getToken: (): string | null => read(TOKEN_KEY),

  getUser: (): AuthUser | null => parse<AuthUser>(read(USER_KEY)),

  /** The hospital a SUPER_ADMIN chose to work in; null means their own. */
  getHospital: (): HospitalSummary | null => parse<HospitalSummary>(read(HOSPITAL_KEY)),

  save(token: string, user: AuthUser): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
    sessionStorage.removeItem(ENDED_KEY);
  },

  updateUser(user: AuthUser): void {
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },

  setHospital(hospital: HospitalSummary | null): void {
    if (hospital) localStorage.setItem(HOSPITAL_KEY, JSON.stringify(hospital));
    else localStorage.removeItem(HOSPITAL_KEY);
  },

  clear(): void {
    for (const key of [TOKEN_KEY, USER_KEY, HOSPITAL_KEY]) localStorage.removeItem(key);
  },

  /** Signed out by the system (expired token, 401), not by the user. */
  end(): void {
    session.clear();
    sessionStorage.setItem(ENDED_KEY, '1');
  },

  wasEnded: (): boolean => {
    try {
      return globalThis.sessionStorage?.getItem(ENDED_KEY) === '1';
    } catch {
      return false;
    }
  },
};
