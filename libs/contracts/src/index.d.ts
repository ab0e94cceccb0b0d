// The request and answer shapes shared by the server (apps/api, libs) and the web app (web/src).
// Types only: a .d.ts cannot hold runtime code, so nothing here reaches the browser or the
// server's output. Import with `import type { ... } from '@governance/contracts'`.
export type * from './vocabulary';
export type * from './auth';
export type * from './writes';
export type * from './trusts';
export type * from './register';
export type * from './compliance';
export type * from './audit';
export type * from './policy-import';
export type * from './school-records';
export type * from './set-up';
export type * from './setup';
export type * from './minutes-packs';
export type * from './delegation';
export type * from './meetings';
export type * from './actions';
export type * from './appointments';
export type * from './interests-training';
export type * from './governance-register';
export type * from './acknowledgements';
