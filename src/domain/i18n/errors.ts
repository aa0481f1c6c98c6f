// Messages shown when an action cannot go on: what happened and what to do, never a stack trace.
import { defineMessages } from './language';

export const errorMessages = defineMessages({
  en: {
    'error.unexpectedRetrySafe':
      'Alliance Kit could not finish: {detail}. Before it stopped, it had already done this: {changed}. Try again: it will finish what is missing and do nothing twice.',
    'error.mailed': '{count, plural, one {an email sent to # person} other {an email sent to # people}}',
    'error.event': 'the event “{title}” on your calendar',
    'error.tooLong':
      'The text beginning “{start}” has {length} characters; a cell of Google Sheets holds at most 50,000. Please shorten it. Nothing was changed.',
    'error.unexpected': 'Alliance Kit could not finish: {detail}. Nothing was changed; please try again.',
    'error.unexpectedAfterChanges':
      'Alliance Kit could not finish: {detail}. Before it stopped, it had already changed {changed}; nothing else was changed. Please check them before trying again.',
    'error.document': 'the Doc “{name}”',
    'error.busy': 'Someone else is updating this file right now. Please try again in a moment.',
  },
  fr: {
    'error.unexpectedRetrySafe':
      "Alliance Kit n'a pas pu terminer : {detail}. Avant de s'arrêter, il avait déjà fait ceci : {changed}. Réessayez : il terminera ce qui manque sans rien faire deux fois.",
    'error.mailed':
      '{count, plural, one {un e-mail envoyé à # personne} other {un e-mail envoyé à # personnes}}',
    'error.event': "l'événement « {title} » dans votre agenda",
    'error.tooLong':
      "Le texte commençant par « {start} » compte {length} caractères ; une cellule de Google Sheets en contient au plus 50 000. Veuillez le raccourcir. Rien n'a été modifié.",
    'error.unexpected':
      "Alliance Kit n'a pas pu terminer : {detail}. Rien n'a été modifié ; veuillez réessayer.",
    'error.unexpectedAfterChanges':
      "Alliance Kit n'a pas pu terminer : {detail}. Avant de s'arrêter, il avait déjà modifié {changed} ; rien d'autre n'a été modifié. Veuillez les vérifier avant de réessayer.",
    'error.document': 'le document « {name} »',
    'error.busy': "Quelqu'un d'autre met ce fichier à jour en ce moment. Veuillez réessayer dans un instant.",
  },
  nl: {
    'error.unexpectedRetrySafe':
      'Alliance Kit kon niet afronden: {detail}. Voordat het stopte, had het al dit gedaan: {changed}. Probeer het opnieuw: het maakt af wat ontbreekt en doet niets twee keer.',
    'error.mailed': '{count, plural, one {een e-mail aan # persoon} other {een e-mail aan # personen}}',
    'error.event': 'de afspraak “{title}” in uw agenda',
    'error.tooLong':
      'De tekst die begint met “{start}” telt {length} tekens; een cel van Google Spreadsheets bevat er hoogstens 50.000. Maak hem korter. Er is niets gewijzigd.',
    'error.unexpected':
      'Alliance Kit kon niet afronden: {detail}. Er is niets gewijzigd; probeer het opnieuw.',
    'error.unexpectedAfterChanges':
      'Alliance Kit kon niet afronden: {detail}. Voordat het stopte, had het al {changed} gewijzigd; verder is er niets gewijzigd. Controleer die voordat u het opnieuw probeert.',
    'error.document': 'het document “{name}”',
    'error.busy': 'Iemand anders werkt dit bestand op dit moment bij. Probeer het zo opnieuw.',
  },
  sv: {
    'error.unexpectedRetrySafe':
      'Alliance Kit kunde inte slutföra: {detail}. Innan det stoppade hade det redan gjort detta: {changed}. Försök igen: det slutför det som saknas och gör inget två gånger.',
    'error.mailed':
      '{count, plural, one {ett e-postmeddelande till # person} other {ett e-postmeddelande till # personer}}',
    'error.event': 'händelsen ”{title}” i din kalender',
    'error.tooLong':
      'Texten som börjar med ”{start}” har {length} tecken; en cell i Google Kalkylark rymmer högst 50 000. Korta den. Inget ändrades.',
    'error.unexpected': 'Alliance Kit kunde inte slutföra: {detail}. Inget ändrades; försök igen.',
    'error.unexpectedAfterChanges':
      'Alliance Kit kunde inte slutföra: {detail}. Innan det stoppade hade det redan ändrat {changed}; inget annat ändrades. Kontrollera dem innan du försöker igen.',
    'error.document': 'dokumentet ”{name}”',
    'error.busy': 'Någon annan uppdaterar filen just nu. Försök igen om en stund.',
  },
});
