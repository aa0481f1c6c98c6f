// The Briefing document sidebar: makes the briefing Doc as soon as it opens, then links to it.
import { showMadeDocument } from '../shared/madeDocument';
import { callServer } from '../shared/server';

showMadeDocument(callServer('makeBriefingDocument'));
