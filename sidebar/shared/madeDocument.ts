// The sidebar of a menu item that makes a document: a wait, then what was made with its link, or what went wrong.
import type { MadeDocument, MakeDocumentRequest } from '../../src/domain/api';
import { documentLink, element } from './dom';
import { app, showFailure, showPage } from './page';

function outcome(made: MadeDocument): Node[] {
  return [element('p', { role: 'status' }, made.message), documentLink('', made.document)];
}

/**
 * Makes the document (the workbook's own, updated in place when it was made before) and shows the outcome; after an
 * update, a button asks for a new Doc instead.
 */
export function showMadeDocument(make: (request: MakeDocumentRequest) => Promise<MadeDocument>): void {
  make({ fresh: false })
    .then((made) => {
      const content = outcome(made);
      if (made.updated) {
        const fresh = element('button', { type: 'button', class: 'small' }, made.makeNew);
        fresh.addEventListener('click', () => {
          fresh.disabled = true;
          app.classList.add('busy');
          make({ fresh: true })
            .then((again) => showPage(...outcome(again)))
            .catch(showFailure);
        });
        content.push(fresh);
      }
      showPage(...content);
    })
    .catch(showFailure);
}
