// The Charter sidebar: makes the charter Doc as soon as it opens (or updates the one made before), then links to it.
import { showMadeDocument } from '../shared/madeDocument';
import { callServer } from '../shared/server';

showMadeDocument((request) => callServer('makeCharter', request));
