// The sidebar of a menu item that makes a document: a wait, then what was made with its link, or what went wrong.
import type { MadeDocument } from '../../src/domain/api';
import { documentLink, element } from './dom';
import { showFailure, showPage } from './page';

/** Shows the outcome of the server call making the document. */
export function showMadeDocument(making: Promise<MadeDocument>): void {
  making
    .then((made) => showPage(element('p', { role: 'status' }, made.message), documentLink('', made.document)))
    .catch(showFailure);
}
