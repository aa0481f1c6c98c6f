// Messages shown when an action cannot go on: what happened and what to do, never a stack trace.
import { defineMessages } from './language';

export const errorMessages = defineMessages({
  en: {
    'error.unexpected':
      'Alliance Kit could not finish: {detail}. Nothing else was changed; please try again.',
    'error.busy': 'Someone else is updating this file right now. Please try again in a moment.',
  },
  fr: {
    'error.unexpected':
      "Alliance Kit n'a pas pu terminer : {detail}. Rien d'autre n'a été modifié ; veuillez réessayer.",
    'error.busy': "Quelqu'un d'autre met ce fichier à jour en ce moment. Veuillez réessayer dans un instant.",
  },
  nl: {
    'error.unexpected':
      'Alliance Kit kon niet afronden: {detail}. Er is verder niets gewijzigd; probeer het opnieuw.',
    'error.busy': 'Iemand anders werkt dit bestand op dit moment bij. Probeer het zo opnieuw.',
  },
  sv: {
    'error.unexpected': 'Alliance Kit kunde inte slutföra: {detail}. Inget annat ändrades; försök igen.',
    'error.busy': 'Någon annan uppdaterar filen just nu. Försök igen om en stund.',
  },
});
