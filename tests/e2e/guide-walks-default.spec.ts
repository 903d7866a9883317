import { defineWalks, test } from './replica-walks';

// The replica set is a worker fixture: one file per set (see replica-walks.ts).
test.use({ replicaRoot: 'default' });
defineWalks('default');
