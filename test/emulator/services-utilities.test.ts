// Contract of the emulated Utilities: Java SimpleDateFormat dates in time zones, UUIDs, base64 and sleep.
import { createUtilities } from '../../emulator/services/utilities';
import { Workspace } from '../../emulator/workspace';

const utilities = createUtilities(new Workspace());
const format = (iso: string, timeZone: string, pattern: string) =>
  utilities.formatDate(new Date(iso), timeZone, pattern);

describe('Utilities.formatDate (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))', () => {
  it('formats in the given time zone with SimpleDateFormat patterns (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html)', () => {
    const winter = '2024-03-05T14:07:09.045Z';
    expect(format(winter, 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2024-03-05 15:07:09.045');
    expect(format(winter, 'Europe/Paris', 'EEE, d MMM yy')).toBe('Tue, 5 Mar 24');
    expect(format(winter, 'Europe/Paris', 'EEEE d MMMM yyyy, h:mm a')).toBe('Tuesday 5 March 2024, 3:07 PM');
    expect(format(winter, 'Europe/Paris', 'z Z X XX XXX')).toBe('CET +0100 +01 +0100 +01:00');
    expect(format('2024-07-01T00:30:00Z', 'Europe/Paris', 'HH:mm z Z')).toBe('02:30 CEST +0200');
    expect(format(winter, 'America/New_York', 'HH:mm z')).toBe('09:07 EST');
    expect(format(winter, 'UTC', 'HH:mm X')).toBe('14:07 Z');
  });

  it('moves the date across midnight with the zone', () => {
    expect(format('2024-12-31T23:30:00Z', 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-01-01');
    expect(format('2024-12-31T23:30:00Z', 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2024-12-31');
  });

  it("copies quoted text, '' being a quote", () => {
    expect(format('2024-03-05T15:00:00Z', 'UTC', "yyyy-MM-dd'T'HH:mm")).toBe('2024-03-05T15:00');
    expect(format('2024-03-05T15:00:00Z', 'UTC', "h 'o''clock'")).toBe("3 o'clock");
  });

  it('counts weeks from Sunday, week 1 holding January 1, as Java does in English', () => {
    expect(format('2024-03-05T12:00:00Z', 'UTC', 'w D u')).toBe('10 65 2');
    expect(format('2024-12-31T12:00:00Z', 'UTC', 'w YYYY yyyy')).toBe('1 2025 2024');
  });

  it('accepts GMT offsets and falls back to GMT for an unknown zone, as Java does', () => {
    expect(format('2024-03-05T14:07:00Z', 'GMT+05:30', 'HH:mm z')).toBe('19:37 GMT+05:30');
    expect(format('2024-03-05T14:07:00Z', 'Mars/Olympus', 'HH:mm z')).toBe('14:07 GMT');
  });

  it('refuses a letter that is not a pattern letter', () => {
    expect(() => format('2024-03-05T14:07:00Z', 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it("refuses what is not a Date with Apps Script's signature message", () => {
    expect(() => utilities.formatDate('2024-03-05' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities (https://developers.google.com/apps-script/reference/utilities/utilities)', () => {
  it('makes a random UUID (https://developers.google.com/apps-script/reference/utilities/utilities#getUuid())', () => {
    const id = utilities.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utilities.getUuid()).not.toBe(id);
  });

  it('encodes text as UTF-8 base64 and decodes to signed bytes (https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String))', () => {
    expect(utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(utilities.base64Decode('aMOpbGxv')).toEqual([104, -61, -87, 108, 108, 111]);
    expect(utilities.base64Encode([104, -61, -87])).toBe('aMOp');
    expect(utilities.base64EncodeWebSafe('??>')).toBe('Pz8-');
  });

  it('sleeps without waiting, but counts the call (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer))', () => {
    const ws = new Workspace();
    const started = Date.now();
    createUtilities(ws).sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ws.calls.byMethod['Utilities.sleep']).toBe(1);
  });
});
