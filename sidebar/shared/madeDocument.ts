// The sidebar of a menu item that makes a document: a wait, then what was made with its link, or what went wrong.
import type { MadeDocument } from '../../src/domain/api';
import { documentLink, element, show, showError, statusArea } from './dom';

/** Shows the outcome of the server call making the document in the page's #app. */
export function showMadeDocument(making: Promise<MadeDocument>): void {
  const app = document.getElementById('app') as HTMLElement;
  const done = () => {
    app.classList.remove('busy');
    app.removeAttribute('aria-busy');
  };
  making
    .then((made) => {
      done();
      show(app, element('p', { role: 'status' }, made.message), documentLink('', made.document));
    })
    .catch((error: Error) => {
      done();
      const status = statusArea();
      show(app, status);
      showError(status, error.message);
    });
}
