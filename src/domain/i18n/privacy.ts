// A person's data: Personal data… (find, export, erase), and consent before any email and on the dashboard.
import { defineMessages } from './language';

export const privacyMessages = defineMessages({
  en: {
    'newMeeting.noConsent': 'Not invited (no consent recorded in Members): {names}.',
    'minutes.noConsent': 'Not emailed (no consent recorded in Members): {names}.',
    'dashboard.withoutConsent': 'Without consent to be emailed (Members, Stakeholders)',
    'dashboard.withoutConsent.note':
      '{count, plural, =0 {everyone’s consent is recorded} one {# person is not emailed until their consent is recorded: {names}} other {# people are not emailed until their consent is recorded: {names}}}',
    'personalData.error.viewer':
      'You can only view the alliance workbook, and erasing changes it. Ask {owner} to share it with you as an editor.',
    'menu.personalData': 'Personal data…',
    'personalData.title': 'Personal data',
    'personalData.intro':
      'Find everything the workbook and the Docs made from it hold on one person (member, stakeholder’s contact, action owner, attendee), export it to a Doc for them, or erase it.',
    'personalData.person': 'Name, email or phone',
    'personalData.find': 'Find',
    'personalData.finding': 'Searching…',
    'personalData.export': 'Export to a Doc',
    'personalData.exporting': 'Exporting…',
    'personalData.erase': 'Erase',
    'personalData.erasing': 'Erasing…',
    'personalData.confirmErase':
      'I understand: their name, email and phone are replaced by “[erased]” everywhere, and this cannot be undone.',
    'personalData.found': '{count, plural, one {# mention of {person}:} other {# mentions of {person}:}}',
    'personalData.place': '{place}: {count, plural, one {# mention} other {# mentions}}',
    'personalData.nothingFound': 'Nothing held on {person} was found.',
    'personalData.unreadable':
      'Not searched, as you cannot open {count, plural, one {this Doc} other {these Docs}}: {documents}.',
    'personalData.exported':
      'The export is ready, shared with nobody but you. Give it to the person, then delete it.',
    'personalData.erasedDone':
      '{person} was erased: {cells, plural, one {# cell} other {# cells}} and {documents, plural, =0 {no Doc} one {# Doc} other {# Docs}} changed. A new search finds nothing.',
    'personalData.erasedNothing': 'Nothing to erase: nothing held on {person} was found.',
    'personalData.erased': '[erased]',
    'personalData.row': 'Row {row}',
    'personalData.line': 'Line {line}',
    'personalData.export.name': 'Personal data – {person} – {date}',
    'personalData.export.title': 'Personal data held on {person}',
    'personalData.export.intro':
      'Everything the alliance workbook “{workbook}” and the Docs made from it hold on this person, found on {date} by {by}. This Doc is shared with nobody: give it to the person, then delete it.',
    'personalData.export.where': 'Where',
    'personalData.export.held': 'What is held',
    'personalData.error.badRequest':
      'The request arrived incomplete. Please close the sidebar and open Personal data again.',
    'personalData.error.tooShort': 'Type at least {min} characters of the person’s name, email or phone.',
    'personalData.error.tooLong': 'Type at most {max} characters: a name, an email or a phone.',
    'personalData.error.cannotEdit':
      'Nothing was erased: you cannot edit {count, plural, one {this Doc} other {these Docs}}: {documents}. Ask {owner} for edit access, then erase again.',
  },
  fr: {
    'newMeeting.noConsent': 'Non invités (pas de consentement enregistré dans Membres) : {names}.',
    'minutes.noConsent': 'Sans e-mail (pas de consentement enregistré dans Membres) : {names}.',
    'dashboard.withoutConsent': 'Sans consentement aux e-mails (Membres, Intervenants)',
    'dashboard.withoutConsent.note':
      "{count, plural, =0 {le consentement de chacun est enregistré} one {# personne ne reçoit pas d'e-mail tant que son consentement n'est pas enregistré : {names}} other {# personnes ne reçoivent pas d'e-mail tant que leur consentement n'est pas enregistré : {names}}}",
    'personalData.error.viewer':
      "Vous pouvez seulement consulter le classeur de l'Alliance, et l'effacement le modifie. Demandez à {owner} de vous le partager en tant qu'éditeur.",
    'menu.personalData': 'Données personnelles…',
    'personalData.title': 'Données personnelles',
    'personalData.intro':
      "Trouver tout ce que le classeur et les documents faits à partir de lui contiennent sur une personne (membre, contact d'un intervenant, responsable d'une action, participant), l'exporter dans un document pour elle, ou l'effacer.",
    'personalData.person': 'Nom, e-mail ou téléphone',
    'personalData.find': 'Rechercher',
    'personalData.finding': 'Recherche…',
    'personalData.export': 'Exporter dans un document',
    'personalData.exporting': 'Export…',
    'personalData.erase': 'Effacer',
    'personalData.erasing': 'Effacement…',
    'personalData.confirmErase':
      "J'ai compris : son nom, son e-mail et son téléphone sont remplacés par « [effacé] » partout, et cela ne peut pas être annulé.",
    'personalData.found': '{count, plural, one {# mention de {person} :} other {# mentions de {person} :}}',
    'personalData.place': '{place} : {count, plural, one {# mention} other {# mentions}}',
    'personalData.nothingFound': "Rien n'a été trouvé sur {person}.",
    'personalData.unreadable':
      'Non recherché, car vous ne pouvez pas ouvrir {count, plural, one {ce document} other {ces documents}} : {documents}.',
    'personalData.exported':
      "L'export est prêt, partagé avec personne d'autre que vous. Remettez-le à la personne, puis supprimez-le.",
    'personalData.erasedDone':
      'Données effacées pour {person} : {cells, plural, one {# cellule} other {# cellules}} et {documents, plural, =0 {aucun document} one {# document} other {# documents}} modifiés. Une nouvelle recherche ne trouve plus rien.',
    'personalData.erasedNothing': "Rien à effacer : rien n'a été trouvé sur {person}.",
    'personalData.erased': '[effacé]',
    'personalData.row': 'Ligne {row}',
    'personalData.line': 'Ligne {line}',
    'personalData.export.name': 'Données personnelles – {person} – {date}',
    'personalData.export.title': 'Données personnelles détenues sur {person}',
    'personalData.export.intro':
      "Tout ce que le classeur de l'Alliance « {workbook} » et les documents faits à partir de lui contiennent sur cette personne, trouvé le {date} par {by}. Ce document n'est partagé avec personne : remettez-le à la personne, puis supprimez-le.",
    'personalData.export.where': 'Où',
    'personalData.export.held': 'Ce qui est détenu',
    'personalData.error.badRequest':
      'La demande est arrivée incomplète. Fermez le panneau et ouvrez à nouveau Données personnelles.',
    'personalData.error.tooShort':
      "Tapez au moins {min} caractères du nom, de l'e-mail ou du téléphone de la personne.",
    'personalData.error.tooLong': 'Tapez au plus {max} caractères : un nom, un e-mail ou un téléphone.',
    'personalData.error.cannotEdit':
      "Rien n'a été effacé : vous ne pouvez pas modifier {count, plural, one {ce document} other {ces documents}} : {documents}. Demandez à {owner} un accès en modification, puis effacez à nouveau.",
  },
  nl: {
    'newMeeting.noConsent': 'Niet uitgenodigd (geen toestemming vastgelegd in Leden): {names}.',
    'minutes.noConsent': 'Niet gemaild (geen toestemming vastgelegd in Leden): {names}.',
    'dashboard.withoutConsent': 'Zonder toestemming voor e-mail (Leden, Belanghebbenden)',
    'dashboard.withoutConsent.note':
      '{count, plural, =0 {ieders toestemming is vastgelegd} one {# persoon krijgt geen e-mail tot de toestemming is vastgelegd: {names}} other {# personen krijgen geen e-mail tot hun toestemming is vastgelegd: {names}}}',
    'personalData.error.viewer':
      'U kunt de werkmap van de alliantie alleen bekijken, en wissen wijzigt hem. Vraag {owner} om hem met u te delen als bewerker.',
    'menu.personalData': 'Persoonsgegevens…',
    'personalData.title': 'Persoonsgegevens',
    'personalData.intro':
      'Vind alles wat de werkmap en de documenten die ervan gemaakt zijn over één persoon bevatten (lid, contactpersoon van een belanghebbende, eigenaar van een actie, aanwezige), exporteer het naar een document voor hen, of wis het.',
    'personalData.person': 'Naam, e-mail of telefoon',
    'personalData.find': 'Zoeken',
    'personalData.finding': 'Zoeken…',
    'personalData.export': 'Exporteren naar een document',
    'personalData.exporting': 'Exporteren…',
    'personalData.erase': 'Wissen',
    'personalData.erasing': 'Wissen…',
    'personalData.confirmErase':
      'Ik begrijp het: hun naam, e-mail en telefoon worden overal vervangen door “[gewist]”, en dit kan niet ongedaan worden gemaakt.',
    'personalData.found':
      '{count, plural, one {# vermelding van {person}:} other {# vermeldingen van {person}:}}',
    'personalData.place': '{place}: {count, plural, one {# vermelding} other {# vermeldingen}}',
    'personalData.nothingFound': 'Er is niets over {person} gevonden.',
    'personalData.unreadable':
      'Niet doorzocht, omdat u {count, plural, one {dit document} other {deze documenten}} niet kunt openen: {documents}.',
    'personalData.exported':
      'De export is klaar en met niemand anders dan u gedeeld. Geef hem aan de persoon en verwijder hem daarna.',
    'personalData.erasedDone':
      '{person} is gewist: {cells, plural, one {# cel} other {# cellen}} en {documents, plural, =0 {geen document} one {# document} other {# documenten}} gewijzigd. Een nieuwe zoekopdracht vindt niets meer.',
    'personalData.erasedNothing': 'Niets te wissen: er is niets over {person} gevonden.',
    'personalData.erased': '[gewist]',
    'personalData.row': 'Rij {row}',
    'personalData.line': 'Regel {line}',
    'personalData.export.name': 'Persoonsgegevens – {person} – {date}',
    'personalData.export.title': 'Persoonsgegevens over {person}',
    'personalData.export.intro':
      'Alles wat de werkmap van de alliantie “{workbook}” en de documenten die ervan gemaakt zijn over deze persoon bevatten, gevonden op {date} door {by}. Dit document is met niemand gedeeld: geef het aan de persoon en verwijder het daarna.',
    'personalData.export.where': 'Waar',
    'personalData.export.held': 'Wat er bewaard wordt',
    'personalData.error.badRequest':
      'Het verzoek kwam onvolledig aan. Sluit de zijbalk en open Persoonsgegevens opnieuw.',
    'personalData.error.tooShort': 'Typ minstens {min} tekens van de naam, het e-mailadres of de telefoon.',
    'personalData.error.tooLong': 'Typ hoogstens {max} tekens: een naam, een e-mailadres of een telefoon.',
    'personalData.error.cannotEdit':
      'Er is niets gewist: u kunt {count, plural, one {dit document} other {deze documenten}} niet bewerken: {documents}. Vraag {owner} om bewerkrechten en wis dan opnieuw.',
  },
  sv: {
    'newMeeting.noConsent': 'Inte inbjudna (inget samtycke registrerat i Medlemmar): {names}.',
    'minutes.noConsent': 'Inte mejlade (inget samtycke registrerat i Medlemmar): {names}.',
    'dashboard.withoutConsent': 'Utan samtycke till e-post (Medlemmar, Intressenter)',
    'dashboard.withoutConsent.note':
      '{count, plural, =0 {allas samtycke är registrerat} one {# person får ingen e-post förrän samtycket är registrerat: {names}} other {# personer får ingen e-post förrän deras samtycke är registrerat: {names}}}',
    'personalData.error.viewer':
      'Du kan bara visa alliansens arbetsbok, och radering ändrar den. Be {owner} att dela den med dig som redigerare.',
    'menu.personalData': 'Personuppgifter…',
    'personalData.title': 'Personuppgifter',
    'personalData.intro':
      'Hitta allt som arbetsboken och dokumenten som gjorts från den innehåller om en person (medlem, kontaktperson hos en intressent, ansvarig för en åtgärd, deltagare), exportera det till ett dokument åt personen, eller radera det.',
    'personalData.person': 'Namn, e-post eller telefon',
    'personalData.find': 'Sök',
    'personalData.finding': 'Söker…',
    'personalData.export': 'Exportera till ett dokument',
    'personalData.exporting': 'Exporterar…',
    'personalData.erase': 'Radera',
    'personalData.erasing': 'Raderar…',
    'personalData.confirmErase':
      'Jag förstår: namn, e-post och telefon ersätts överallt med ”[raderad]”, och det kan inte ångras.',
    'personalData.found':
      '{count, plural, one {# omnämnande av {person}:} other {# omnämnanden av {person}:}}',
    'personalData.place': '{place}: {count, plural, one {# omnämnande} other {# omnämnanden}}',
    'personalData.nothingFound': 'Inget om {person} hittades.',
    'personalData.unreadable':
      'Inte genomsökt, eftersom du inte kan öppna {count, plural, one {detta dokument} other {dessa dokument}}: {documents}.',
    'personalData.exported':
      'Exporten är klar och delas inte med någon annan än dig. Ge den till personen och radera den sedan.',
    'personalData.erasedDone':
      '{person} har raderats: {cells, plural, one {# cell} other {# celler}} och {documents, plural, =0 {inget dokument} one {# dokument} other {# dokument}} ändrades. En ny sökning hittar ingenting.',
    'personalData.erasedNothing': 'Inget att radera: inget om {person} hittades.',
    'personalData.erased': '[raderad]',
    'personalData.row': 'Rad {row}',
    'personalData.line': 'Rad {line}',
    'personalData.export.name': 'Personuppgifter – {person} – {date}',
    'personalData.export.title': 'Personuppgifter om {person}',
    'personalData.export.intro':
      'Allt som alliansens arbetsbok ”{workbook}” och dokumenten som gjorts från den innehåller om denna person, hittat den {date} av {by}. Dokumentet delas inte med någon: ge det till personen och radera det sedan.',
    'personalData.export.where': 'Var',
    'personalData.export.held': 'Vad som finns',
    'personalData.error.badRequest':
      'Begäran kom fram ofullständig. Stäng sidofältet och öppna Personuppgifter igen.',
    'personalData.error.tooShort': 'Skriv minst {min} tecken av personens namn, e-post eller telefon.',
    'personalData.error.tooLong': 'Skriv högst {max} tecken: ett namn, en e-post eller en telefon.',
    'personalData.error.cannotEdit':
      'Inget raderades: du kan inte redigera {count, plural, one {detta dokument} other {dessa dokument}}: {documents}. Be {owner} om redigeringsbehörighet och radera sedan igen.',
  },
});
