// A Create meeting request as the New meeting sidebar sends it, from the form it loaded.
import type { NewMeetingForm, NewMeetingRequest } from '../../src/domain/api';

export function meetingRequest(
  form: NewMeetingForm,
  changes: Partial<NewMeetingRequest> = {},
): NewMeetingRequest {
  return {
    date: '2027-03-15',
    time: '10:00',
    place: 'Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina Diallo',
    agenda: form.agenda,
    ...changes,
  };
}
