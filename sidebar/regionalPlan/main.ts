// The Regional action plan sidebar: makes the plan Doc as soon as it opens (or updates the one made before), then links to it.
import { showMadeDocument } from '../shared/madeDocument';
import { callServer } from '../shared/server';

showMadeDocument((request) => callServer('makeRegionalPlan', request));
