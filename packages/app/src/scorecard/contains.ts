/** The scorecard's substring test lives in the store, whose export queries use it too. */
export { contains } from '@lantu/store';
