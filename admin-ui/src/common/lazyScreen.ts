// A resource's screens load with their first visit, not with the console: the dashboard (the
// first page after sign-in) then waits for less code. react-admin's Layout shows its spinner
// (a Suspense boundary) while a screen's chunk arrives.
import { lazy, type ComponentType } from 'react';

export const lazyScreen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
