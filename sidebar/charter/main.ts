// The Charter sidebar: makes the charter Doc as soon as it opens, then links to it.
import { showMadeDocument } from '../shared/madeDocument';
import { callServer } from '../shared/server';

showMadeDocument(callServer('makeCharter'));
