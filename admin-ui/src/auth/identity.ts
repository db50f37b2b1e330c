// Turns the API's user into react-admin's identity: full name plus an initials avatar,
// drawn as an inline SVG so no image host is needed.
import type { UserIdentity } from 'react-admin';
import type { AuthUser } from '../providers/apiTypes';

export const fullName = (user: Pick<AuthUser, 'firstName' | 'lastName' | 'email'>): string =>
  [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || user.email;

export const initials = (user: Pick<AuthUser, 'firstName' | 'lastName' | 'email'>): string => {
  const fromName = [user.firstName, user.lastName].map((part) => part?.trim().charAt(0) ?? '').join('');
  return (fromName || user.email.charAt(0)).toUpperCase();
};

export const initialsAvatar = (text: string): string => {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="#8b5cf6"/><stop offset="1" stop-color="#7c3aed"/></linearGradient></defs>` +
    `<rect width="40" height="40" fill="url(#g)"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" fill="#fff" ` +
    `font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="16" font-weight="600">${text}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
};

export const toIdentity = (user: AuthUser): UserIdentity => ({
  id: user.id,
  fullName: fullName(user),
  avatar: initialsAvatar(initials(user)),
  email: user.email,
  role: user.role,
  hospital: user.hospital ?? null,
});
