// A stand-in for build/Code.js that does, through the emulated services, what the workbench must show and bridge.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A sidebar that calls the server the ways an add-on may, and writes what comes back. */
const SIDEBAR = `<!doctype html>
<html><head><title>ignored</title>
<script>
  function show(text) { document.getElementById('out').textContent = text; }
  function call(name, args) {
    var run = google.script.run
      .withSuccessHandler(function (value, user) { show('ok ' + JSON.stringify(value) + ' ' + user); })
      .withFailureHandler(function (error, user) { show('failed ' + (error instanceof Error) + ' ' + error.message + ' ' + user); })
      .withUserObject('from-' + name);
    run[name].apply(run, args);
  }
</script></head>
<body>
  <p id="out">nothing yet</p>
  <button id="echo" onclick="call('echo', [{ n: 1, list: [1, undefined] }])">Echo</button>
  <button id="refuse" onclick="call('refuse', ['No way'])">Refuse</button>
  <button id="remember" onclick="call('remember', ['typed in the sidebar'])">Remember</button>
  <button id="date-arg" onclick="call('echo', [new Date()])">Date argument</button>
  <button id="date-returned" onclick="call('today', [])">Date returned</button>
  <button id="element-arg" onclick="call('echo', [{ at: document.getElementById('out') }])">Element argument</button>
  <form id="who"><input name="name" value="Ana"><input name="tag" value="a"><input name="tag" value="b"></form>
  <button id="form-arg" onclick="call('echo', [document.getElementById('who')])">Form argument</button>
  <button id="form-second" onclick="call('echo', ['x', document.getElementById('who')])">Form as second argument</button>
  <button id="close" onclick="google.script.host.close()">Close</button>
</body></html>`;

const CODE = `
var SIDEBAR = ${JSON.stringify(SIDEBAR)};
function editorUi() {
  try { return SpreadsheetApp.getUi(); } catch (e) { return DocumentApp.getUi(); }
}
function onOpen() {
  editorUi().createAddonMenu()
    .addItem('Open test sidebar', 'openSidebar')
    .addSeparator()
    .addItem('Add a dropdown', 'addDropdown')
    .addItem('Make an agenda', 'makeAgenda')
    .addItem('Say hello', 'sayHello')
    .addItem('Announce an agenda', 'announceAgenda')
    .addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(SIDEBAR).setTitle('Test sidebar'));
}
function echo(value) { return { echoed: value }; }
function today() { return new Date(0); }
function refuse(message) { throw new Error(message); }
function remember(text) { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(text); }
function addDropdown() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1:C1').setValues([['Name', 'Sector', 'Since']]);
  sheet.setFrozenRows(1);
  var list = SpreadsheetApp.newDataValidation().requireValueInList(['NGO', 'Police'], true).setAllowInvalid(false);
  sheet.getRange('B2:B20').setDataValidation(list.build());
  sheet.getRange('C2:C20').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build());
}
function makeAgenda() {
  var doc = DocumentApp.create('Agenda');
  var body = doc.getBody();
  body.appendParagraph('Agenda').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Back to the workbook').setLinkUrl(SpreadsheetApp.getActiveSpreadsheet().getUrl());
  body.appendTable([['Time', 'Item'], ['10:00', 'Welcome']]);
  SpreadsheetApp.getActiveSheet().getRange('D2').setFormula('=HYPERLINK("' + doc.getUrl() + '","Agenda")');
  return doc.getId();
}
function announceAgenda() {
  var doc = DocumentApp.openById(makeAgenda());
  SpreadsheetApp.getUi().alert('The agenda is ready: ' + doc.getUrl());
}
function sayHello() {
  SpreadsheetApp.getUi().alert('Hello', 'The add-on says hello.', SpreadsheetApp.getUi().ButtonSet.OK);
  SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Alliance Kit');
}
`;

/** Writes the stand-in build into a temporary folder and answers its path. */
export function writeFixtureBuild(): string {
  const buildDir = mkdtempSync(join(tmpdir(), 'alliance-fixture-build-'));
  writeFileSync(join(buildDir, 'Code.js'), CODE);
  copyFileSync(join(__dirname, '..', '..', 'appsscript.json'), join(buildDir, 'appsscript.json'));
  return buildDir;
}
