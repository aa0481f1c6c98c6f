// Contract tests of emulated developer metadata against Google's reference pages.
import { openWorkbook, REF } from './spreadsheet-fixture';

describe(`Developer metadata (${REF}/developer-metadata)`, () => {
  it('adds metadata to the spreadsheet, a sheet and whole columns, with a value and DOCUMENT visibility by default', () => {
    const { app, book, sheet } = openWorkbook();
    book.addDeveloperMetadata('allianceKit.version', '1');
    sheet.addDeveloperMetadata('allianceKit.sheet', 'members');
    sheet.getRange('B:B').addDeveloperMetadata('allianceKit.column', 'members.email');
    const [top] = book.getDeveloperMetadata();
    expect([top.getKey(), top.getValue(), String(top.getVisibility())]).toEqual([
      'allianceKit.version',
      '1',
      'DOCUMENT',
    ]);
    expect(top.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['members']);
    const [column] = sheet.getRange('B:B').getDeveloperMetadata();
    expect(column.getValue()).toBe('members.email');
    expect(column.getLocation().getColumn()?.getA1Notation()).toBe('B:B');
    expect(column.getLocation().getRow()).toBeNull();
  });

  it('tells a value from a visibility in addDeveloperMetadata(key, value|visibility) (range#addDeveloperMetadata(String,DeveloperMetadataVisibility))', () => {
    const { app, sheet } = openWorkbook();
    sheet.getRange('3:3').addDeveloperMetadata('row.key', app.DeveloperMetadataVisibility.PROJECT);
    const [row] = sheet.getRange('3:3').getDeveloperMetadata();
    expect([
      row.getValue(),
      String(row.getVisibility()),
      row.getLocation().getRow()?.getA1Notation(),
    ]).toEqual([null, 'PROJECT', '3:3']);
  });

  it('refuses metadata on a range that is not whole rows or columns, with Google message (range#addDeveloperMetadata(String))', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('key')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
    expect(() => sheet.getRange(1, 2, sheet.getMaxRows(), 1).addDeveloperMetadata('key')).not.toThrow();
  });

  it('finds metadata by key, value, id and location type (developer-metadata-finder)', () => {
    const { app, book, sheet } = openWorkbook();
    sheet.getRange('A:A').addDeveloperMetadata('allianceKit.column', 'members.name');
    sheet.getRange('C:C').addDeveloperMetadata('allianceKit.column', 'members.email');
    sheet.getRange('2:2').addDeveloperMetadata('allianceKit.row', 'x');
    const finder = () => book.createDeveloperMetadataFinder().withKey('allianceKit.column');
    expect(
      finder()
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['members.name', 'members.email']);
    expect(finder().withValue('members.email').find()[0].getLocation().getColumn()?.getColumn()).toBe(3);
    const byType = book
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.ROW)
      .find();
    expect(byType.map((m) => m.getKey())).toEqual(['allianceKit.row']);
    const id = byType[0].getId();
    expect(book.createDeveloperMetadataFinder().withId(id).find()[0].getValue()).toBe('x');
  });

  it('a range finder sees only metadata wholly inside the range, unless onIntersectingLocations (developer-metadata-finder#onIntersectingLocations())', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('3:3').addDeveloperMetadata('row3');
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toEqual([]);
    expect(
      sheet
        .getRange('1:5')
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['row3']);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
  });

  it('a sheet finder searches that sheet only, its rows and columns included', () => {
    const { book, sheet } = openWorkbook();
    const other = book.insertSheet('Other');
    sheet.getRange('A:A').addDeveloperMetadata('here');
    other.getRange('A:A').addDeveloperMetadata('there');
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['here']);
  });

  it('column metadata moves with moveColumns and with inserted columns, and goes with deleted columns (sheet#moveColumns(Range,Integer))', () => {
    const { book, sheet } = openWorkbook();
    const keys = ['name', 'organisation', 'email'];
    for (const [i, key] of keys.entries()) {
      sheet.getRange(1, i + 1, sheet.getMaxRows(), 1).addDeveloperMetadata('allianceKit.column', key);
    }
    const columnOf = (key: string) =>
      book.createDeveloperMetadataFinder().withValue(key).find()[0]?.getLocation().getColumn()?.getColumn() ??
      null;
    sheet.moveColumns(sheet.getRange('A:A'), 4);
    expect(keys.map(columnOf)).toEqual([3, 1, 2]);
    sheet.insertColumnBefore(1);
    expect(keys.map(columnOf)).toEqual([4, 2, 3]);
    sheet.deleteColumn(2);
    expect(keys.map(columnOf)).toEqual([3, null, 2]);
  });

  it('a metadata object follows its column, and setValue and remove change the spreadsheet', () => {
    const { book, sheet } = openWorkbook();
    sheet.getRange('B:B').addDeveloperMetadata('key', 'old');
    const [metadata] = book.createDeveloperMetadataFinder().withKey('key').find();
    sheet.insertColumnBefore(1);
    expect(metadata.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
    metadata.setValue('new');
    expect(sheet.getRange('C:C').getDeveloperMetadata()[0].getValue()).toBe('new');
    metadata.remove();
    expect(book.createDeveloperMetadataFinder().withKey('key').find()).toEqual([]);
  });

  it('deleting a sheet removes its metadata; JSON keeps the rest', () => {
    const { ws, model, book } = openWorkbook();
    const other = book.insertSheet('Other');
    other.addDeveloperMetadata('gone');
    book.addDeveloperMetadata('kept', 'yes');
    book.deleteSheet(other);
    expect(
      book
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['kept']);
    expect(JSON.parse(JSON.stringify(model.toJSON())).metadata).toEqual([
      expect.objectContaining({ key: 'kept', value: 'yes', location: { type: 'SPREADSHEET' } }),
    ]);
    expect(ws.calls.byMethod['DeveloperMetadataFinder.find']).toBe(1);
  });
});
