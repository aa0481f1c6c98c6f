// UrlFetchApp, HTTPResponse and Blob as the add-on uses them, and DocumentApp's inline images, held to Google's reference.
import { Workspace } from '../../emulator/workspace';
import { pngOfSize } from '../support/logo';

type UrlFetchApp = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type DocumentApp = GoogleAppsScript.Document.DocumentApp;

function workspace() {
  const ws = new Workspace();
  const globals = ws.globals() as { UrlFetchApp: UrlFetchApp; DocumentApp: DocumentApp };
  return { ws, UrlFetchApp: globals.UrlFetchApp, DocumentApp: globals.DocumentApp };
}

const URL = 'https://example.org/logo.png';

// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)
describe('UrlFetchApp.fetch', () => {
  it('answers what the web serves at the address: code, headers, body and a Blob named after the path', () => {
    const { ws, UrlFetchApp } = workspace();
    ws.web.serve(URL, { contentType: 'image/png', bytes: pngOfSize(2, 1) });
    const response = UrlFetchApp.fetch(URL);
    expect(response.getResponseCode()).toBe(200);
    expect(response.getHeaders()).toEqual({ 'Content-Type': 'image/png' });
    const blob = response.getBlob();
    expect([blob.getContentType(), blob.getName(), blob.getBytes().length]).toEqual([
      'image/png',
      'logo.png',
      33,
    ]);
    // Java's signed bytes: the PNG signature's 0x89 is -119.
    expect(blob.getBytes()[0]).toBe(-119);
    expect(ws.calls.byMethod['UrlFetchApp.fetch']).toBe(1);
  });

  it('throws for an error status unless muteHttpExceptions, with the response in the message', () => {
    const { ws, UrlFetchApp } = workspace();
    ws.web.serve(URL, { status: 404, contentType: 'text/html', bytes: 'Not found' });
    expect(() => UrlFetchApp.fetch(URL)).toThrow(
      `Request failed for ${URL} returned code 404. Truncated server response: Not found (use muteHttpExceptions option to examine full response)`,
    );
    const muted = UrlFetchApp.fetch(URL, { muteHttpExceptions: true });
    expect([muted.getResponseCode(), muted.getContentText()]).toEqual([404, 'Not found']);
  });

  it('fails for a host that does not resolve, and for what is not an address', () => {
    const { UrlFetchApp } = workspace();
    expect(() => UrlFetchApp.fetch('https://nowhere.example/a.png', { muteHttpExceptions: true })).toThrow(
      'DNS error: https://nowhere.example/a.png',
    );
    expect(() => UrlFetchApp.fetch('logo.png')).toThrow('Invalid argument: logo.png');
  });

  it('requires the script.external_request scope', () => {
    const { ws } = workspace();
    ws.grantedScopes = ['https://www.googleapis.com/auth/documents'];
    const { UrlFetchApp } = ws.globals() as { UrlFetchApp: UrlFetchApp };
    expect(() => UrlFetchApp.fetch(URL)).toThrow(
      'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
  });
});

// https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)
// https://developers.google.com/apps-script/reference/document/inline-image
describe('Paragraph.appendInlineImage and InlineImage', () => {
  it('puts the image in the paragraph at its pixel size, which setWidth and setHeight change', () => {
    const { ws, UrlFetchApp, DocumentApp } = workspace();
    ws.web.serve(URL, { contentType: 'image/png', bytes: pngOfSize(600, 300) });
    const paragraph = DocumentApp.create('Logo').getBody().getChild(0).asParagraph();
    const image = paragraph.appendInlineImage(UrlFetchApp.fetch(URL).getBlob());
    expect([image.getWidth(), image.getHeight()]).toEqual([600, 300]);
    expect(image.getType()).toBe(DocumentApp.ElementType.INLINE_IMAGE);
    image.setWidth(120).setHeight(60);
    expect([image.getWidth(), image.getHeight()]).toEqual([120, 60]);
    expect(paragraph.getNumChildren()).toBe(1);
    expect(paragraph.getText()).toBe('');
  });

  it('takes any BlobSource, such as the HTTPResponse itself', () => {
    const { ws, UrlFetchApp, DocumentApp } = workspace();
    ws.web.serve(URL, { contentType: 'image/gif', bytes: Buffer.from('GIF89a\x10\x00\x08\x00', 'latin1') });
    const paragraph = DocumentApp.create('Logo').getBody().appendParagraph('');
    const image = paragraph.appendInlineImage(UrlFetchApp.fetch(URL));
    expect([image.getWidth(), image.getHeight()]).toEqual([16, 8]);
  });

  it('refuses bytes that are not an image, leaving the paragraph as it was', () => {
    const { ws, UrlFetchApp, DocumentApp } = workspace();
    ws.web.serve(URL, { contentType: 'image/png', bytes: '<html></html>' });
    const paragraph = DocumentApp.create('Logo').getBody().getChild(0).asParagraph();
    expect(() => paragraph.appendInlineImage(UrlFetchApp.fetch(URL).getBlob())).toThrow(
      'Invalid image data.',
    );
    expect(paragraph.getNumChildren()).toBe(0);
    expect(() => paragraph.appendInlineImage('logo.png' as never)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.appendInlineImage.",
    );
  });
});
