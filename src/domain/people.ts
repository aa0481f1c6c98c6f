// Who among the members can be reached by email, and who gets which access to the documents a meeting makes.
import type { MemberDetails } from './meeting';

/** A member who can be emailed and shared with. */
export interface Reachable {
  name: string;
  email: string;
}

/*
 * Loose on purpose: the Members sheet's own check already refuses most typing slips; this only keeps out what Google
 * would refuse outright (no @, spaces), so one bad cell names a member as unreachable instead of failing a send.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The member a form names, as Members writes the name (spaces around it and case aside), or undefined: a form may only
 * name someone from its own list.
 */
export function memberNamed(name: string, memberNames: readonly string[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  return memberNames.find((member) => member.trim().toLowerCase() === wanted);
}

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}

/**
 * The members who can be reached, and the names of those who cannot (no email, or not an address), in sheet order.
 * An email needs more: `toMail` leaves out, and names in `noConsent`, those whose consent Members does not record.
 * Sharing a Doc gives access and needs no consent, as the member's membership is what grants it.
 */
export function reachOf(
  members: readonly MemberDetails[],
  toMail = false,
): {
  reachable: Reachable[];
  unreachable: string[];
  noConsent: string[];
} {
  const reachable: Reachable[] = [];
  const unreachable: string[] = [];
  const noConsent: string[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    if (!isEmailAddress(member.email)) {
      unreachable.push(member.name);
      continue;
    }
    if (toMail && !member.consent) {
      noConsent.push(member.name);
      continue;
    }
    const email = member.email.trim();
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    reachable.push({ name: member.name, email });
  }
  return { reachable, unreachable, noConsent };
}

/** Who a document is shared with, by email; the person who makes it owns it and is in neither list. */
export interface Sharing {
  editors: string[];
  viewers: string[];
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The agenda and the minutes: the meeting's chair (or, while none is chosen, every member whose role is chair) and the
 * secretaries edit, since the chair generates the minutes in the agenda and the secretary mends it; every other member
 * with an email reads.
 */
export function meetingDocumentSharing(
  members: readonly MemberDetails[],
  chair: string,
  owner: string,
): Sharing {
  const isEditor = (member: MemberDetails) =>
    member.role === 'secretary' ||
    (chair.trim() !== '' ? sameName(member.name, chair) : member.role === 'chair');
  const editors = reachOf(members.filter(isEditor)).reachable.map((member) => member.email);
  return withoutOwner({ editors, viewers: readersBesides(members, editors) }, owner);
}

/** The invitation: every member with an email reads it. */
export function invitationSharing(members: readonly MemberDetails[], owner: string): Sharing {
  return withoutOwner({ editors: [], viewers: readersBesides(members, []) }, owner);
}

function readersBesides(members: readonly MemberDetails[], editors: readonly string[]): string[] {
  const taken = new Set(editors.map((email) => email.toLowerCase()));
  return reachOf(members)
    .reachable.map((member) => member.email)
    .filter((email) => !taken.has(email.toLowerCase()));
}

function withoutOwner(sharing: Sharing, owner: string): Sharing {
  const isOwner = (email: string) => email.toLowerCase() === owner.trim().toLowerCase();
  return {
    editors: sharing.editors.filter((e) => !isOwner(e)),
    viewers: sharing.viewers.filter((e) => !isOwner(e)),
  };
}
