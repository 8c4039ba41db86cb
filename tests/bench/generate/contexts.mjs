// The bounded contexts that contribute to the data set, in no particular order (steps carry their
// own phase and order). Add a context's generator module here.
import * as authority from './authority.mjs';
import * as tenancy from './tenancy.mjs';

export const CONTEXTS = [tenancy, authority];
