// An alliance's profile as a secretary fills it in, shared by the domain and add-on tests.
import type { AllianceProfile } from '../../src/domain/api';

export const PROFILE: AllianceProfile = {
  allianceName: 'Alliance Gironde',
  region: 'Nouvelle-Aquitaine',
  vision: 'Inclusion active des migrants\n\nMédiation dans chaque quartier',
  workPlanStart: '2027-01-01',
  workPlanEnd: '2028-06-30',
  secretaryContact: 'secretariat@example.org, 05 56 00 00 00',
  logoUrl: '',
};
