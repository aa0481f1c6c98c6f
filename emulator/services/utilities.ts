// Utilities for the emulator: Java SimpleDateFormat dates in any time zone, UUIDs, base64, and a sleep that only counts.
import { randomUUID } from 'node:crypto';
import { enumOf, parametersMismatch, scriptError } from '../core';
import type { ServiceRegistration } from '../service';
import { MONTH_NAMES, WEEKDAY_NAMES, zoneOffsetMinutes } from '../time-zones';
import type { Workspace } from '../workspace';

/** https://developers.google.com/apps-script/reference/utilities/charset */
export const Charset = enumOf(['US_ASCII', 'UTF_8']);

const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** A moment as seen in one time zone: `local` holds the wall-clock fields in its UTC getters. */
interface ZonedMoment {
  local: Date;
  offsetMinutes: number;
  shortName: string;
  longName: string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function gmtName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** Java's custom time zone ids: GMT+h, GMT+hh:mm, GMT+hhmm (https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html). */
function customOffset(timeZone: string): number | null {
  const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function zoneName(date: Date, timeZone: string, style: 'short' | 'long', locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/**
 * Java resolves an unknown time zone id to GMT rather than failing, and so does formatDate
 * (https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-).
 */
function zoned(date: Date, timeZone: string): ZonedMoment {
  const fixed = customOffset(timeZone);
  if (fixed !== null) {
    const name = gmtName(fixed);
    return {
      local: new Date(date.getTime() + fixed * 60_000),
      offsetMinutes: fixed,
      shortName: name,
      longName: name,
    };
  }
  let offsetMinutes: number;
  try {
    offsetMinutes = zoneOffsetMinutes(date.getTime(), timeZone);
  } catch {
    return {
      local: new Date(date.getTime()),
      offsetMinutes: 0,
      shortName: 'GMT',
      longName: 'Greenwich Mean Time',
    };
  }
  // Java names zones by their abbreviation where one exists (CET, BST, EST), else by their offset.
  const abbreviation = [
    zoneName(date, timeZone, 'short', 'en-US'),
    zoneName(date, timeZone, 'short', 'en-GB'),
  ].find((name) => !/^GMT[+-]/.test(name));
  return {
    local: new Date(date.getTime() + offsetMinutes * 60_000),
    offsetMinutes,
    shortName: abbreviation ?? gmtName(offsetMinutes),
    longName: zoneName(date, timeZone, 'long', 'en-US'),
  };
}

function dayOfYear(local: Date): number {
  return Math.floor((local.getTime() - Date.UTC(local.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** Weeks as Java counts them for an English locale: they start on Sunday and week 1 holds January 1. */
function weekOfYear(local: Date): { week: number; weekYear: number } {
  const year = local.getUTCFullYear();
  const day = dayOfYear(local);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  if (local.getUTCDay() + (daysInYear - day + 1) <= 6) return { week: 1, weekYear: year + 1 };
  const january1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return { week: Math.floor((day - 1 + january1) / 7) + 1, weekYear: year };
}

function offsetText(offsetMinutes: number, separator: string, withMinutes: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  const hours = pad(Math.floor(minutes / 60), 2);
  return withMinutes ? `${sign}${hours}${separator}${pad(minutes % 60, 2)}` : `${sign}${hours}`;
}

function year(value: number, count: number): string {
  return count === 2 ? pad(value % 100, 2) : pad(value, count);
}

/** One run of a pattern letter, as SimpleDateFormat prints it in English. */
function field(letter: string, count: number, moment: ZonedMoment): string {
  const { local } = moment;
  const hour = local.getUTCHours();
  const text = (full: string) => (count >= 4 ? full : full.slice(0, 3));
  switch (letter) {
    case 'G':
      return local.getUTCFullYear() > 0 ? 'AD' : 'BC';
    case 'y':
      return year(local.getUTCFullYear(), count);
    case 'Y':
      return year(weekOfYear(local).weekYear, count);
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTH_NAMES[local.getUTCMonth()]) : pad(local.getUTCMonth() + 1, count);
    case 'w':
      return pad(weekOfYear(local).week, count);
    case 'W': {
      const firstDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1)).getUTCDay();
      return pad(Math.floor((local.getUTCDate() - 1 + firstDay) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(local), count);
    case 'd':
      return pad(local.getUTCDate(), count);
    case 'F':
      return pad(Math.floor((local.getUTCDate() - 1) / 7) + 1, count);
    case 'E':
      return text(WEEKDAY_NAMES[local.getUTCDay()]);
    case 'u':
      return pad(local.getUTCDay() || 7, count);
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hour, count);
    case 'k':
      return pad(hour || 24, count);
    case 'K':
      return pad(hour % 12, count);
    case 'h':
      return pad(hour % 12 || 12, count);
    case 'm':
      return pad(local.getUTCMinutes(), count);
    case 's':
      return pad(local.getUTCSeconds(), count);
    case 'S':
      return pad(local.getUTCMilliseconds(), count);
    case 'z':
      return count >= 4 ? moment.longName : moment.shortName;
    case 'Z':
      return offsetText(moment.offsetMinutes, '', true);
    default: {
      // 'X': ISO 8601 zones, "Z" for UTC.
      if (count > 3) throw scriptError(`invalid ISO 8601 format: length=${count}`);
      if (moment.offsetMinutes === 0) return 'Z';
      return offsetText(moment.offsetMinutes, count === 3 ? ':' : '', count > 1);
    }
  }
}

/**
 * Java SimpleDateFormat (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html): runs of pattern
 * letters are fields, text in single quotes is copied, '' is a quote, other letters are refused.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const moment = zoned(date, timeZone);
  let out = '';
  let at = 0;
  while (at < pattern.length) {
    const char = pattern[at];
    if (char === "'") {
      if (pattern[at + 1] === "'") {
        out += "'";
        at += 2;
        continue;
      }
      let end = at + 1;
      let quoted = '';
      for (;;) {
        if (end >= pattern.length) throw scriptError('Unterminated quote');
        if (pattern[end] === "'" && pattern[end + 1] === "'") {
          quoted += "'";
          end += 2;
        } else if (pattern[end] === "'") break;
        else quoted += pattern[end++];
      }
      out += quoted;
      at = end + 1;
    } else if (/[A-Za-z]/.test(char)) {
      if (!PATTERN_LETTERS.includes(char)) throw scriptError(`Illegal pattern character '${char}'`);
      let count = 1;
      while (pattern[at + count] === char) count += 1;
      out += field(char, count, moment);
      at += count;
    } else {
      out += char;
      at += 1;
    }
  }
  return out;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Java bytes are signed: Apps Script hands them to scripts as numbers from -128 to 127. */
const toBytes = (buffer: Buffer) => Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));

function toBuffer(data: unknown, charset: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((byte) => Number(byte) & 255));
  return Buffer.from(String(data), String(charset) === Charset.US_ASCII.name() ? 'latin1' : 'utf8');
}

type UtilitiesPart = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'Charset'
  | 'formatDate'
  | 'getUuid'
  | 'sleep'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
>;

/** https://developers.google.com/apps-script/reference/utilities/utilities */
export function createUtilities(ws: Workspace): UtilitiesPart {
  const utilities = {
    Charset,
    /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
    formatDate(date: unknown, timeZone: unknown, format: unknown): string {
      ws.calls.hit('utilities', 'Utilities.formatDate');
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw parametersMismatch('Utilities.formatDate', [date, timeZone, format]);
      }
      return formatJavaDate(date, timeZone, format);
    },
    /** https://developers.google.com/apps-script/reference/utilities/utilities#getUuid() */
    getUuid(): string {
      ws.calls.hit('utilities', 'Utilities.getUuid');
      return randomUUID();
    },
    /**
     * Counted, but returns at once: nothing else runs in the emulator while a script sleeps
     * (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)).
     */
    sleep(_milliseconds: number): void {
      ws.calls.hit('utilities', 'Utilities.sleep');
    },
    /** https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String,Charset) */
    base64Encode(data: unknown, charset?: unknown): string {
      ws.calls.hit('utilities', 'Utilities.base64Encode');
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown): string {
      ws.calls.hit('utilities', 'Utilities.base64EncodeWebSafe');
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    /** https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String) */
    base64Decode(encoded: string): number[] {
      ws.calls.hit('utilities', 'Utilities.base64Decode');
      return toBytes(Buffer.from(String(encoded), 'base64'));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      ws.calls.hit('utilities', 'Utilities.base64DecodeWebSafe');
      return toBytes(Buffer.from(String(encoded), 'base64url'));
    },
  };
  return utilities as unknown as UtilitiesPart;
}

export const utilitiesService: ServiceRegistration = {
  name: 'Utilities',
  reference: 'utilities',
  globals: (ws) => ({ Utilities: createUtilities(ws) }),
};
