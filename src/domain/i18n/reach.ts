// Reaching the members: invitations by email and calendar, the minutes by email, reminders, and access messages.
import { defineMessages } from './language';

export const reachMessages = defineMessages({
  en: {
    'access.viewerReminders':
      'You can only view the alliance workbook, and reminders are kept in it. Ask {owner} to share it with you as an editor.',
    'access.viewerMinutes':
      'You can only view the alliance workbook, and generating the minutes writes its action plan and meetings. Ask {owner} to share it with you as an editor.',
    'newMeeting.calendarNoTime': 'Not added to the calendars: the meeting has no time yet.',
    'newMeeting.cannotInvite': 'Cannot be invited (no email address in Members): {names}.',
    'newMeeting.emailInvitation': 'Email the invitation to the members',
    'newMeeting.addToCalendar': 'Add to the calendars',
    'newMeeting.noEmails': 'No member has an email address yet: add them in Members to invite them.',
    'newMeeting.invited': 'The invitation was emailed to {count} members.',
    'newMeeting.calendarAdded':
      'The meeting is in your calendar; {count} members were invited by Google Calendar.',
    'newMeeting.notInvited': 'Not invited (no email address in Members): {names}.',
    'invitation.subject': 'Invitation: Regional Alliance meeting on {date}',
    'calendar.eventTitle': 'Regional Alliance meeting',
    'calendar.description': 'Agenda: {agenda}\nInvitation: {invitation}',

    'minutes.emailMinutes': 'Email the minutes to the members',
    'minutes.resend': 'Send again to those already emailed',
    'minutes.mailed': 'Emails sent to {count} people.',
    'minutes.nothingToMail': 'Nobody was emailed: everyone already had these minutes and their actions.',
    'minutes.notEmailed': 'Not emailed (no email address in Members): {names}.',
    'minutesMail.subject': '{meeting}',
    'minutesMail.intro': 'The minutes of the meeting are ready: {meeting}.',
    'minutesMail.link': 'Minutes:',
    'minutesMail.yourActions': 'Your new actions',
    'minutesMail.noDue': '(no due date)',

    'menu.reminders': 'Reminders…',
    'reminders.title': 'Reminders',
    'reminders.intro':
      'Once a week, every owner of actions overdue or due within 14 days gets one email listing them. Emails leave from your account.',
    'reminders.on': 'Send weekly reminders',
    'reminders.weekday': 'Day',
    'reminders.hour': 'Hour',
    'reminders.save': 'Save',
    'reminders.saving': 'Saving…',
    'reminders.savedOn': 'Reminders are on: every {weekday} around {hour}:00.',
    'reminders.savedOff': 'Reminders are off.',
    'reminders.weekdays': 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday',
    'reminders.error.badRequest':
      'The form arrived incomplete. Please close the sidebar and open Reminders again.',
    'reminders.mail.subject': 'Actions due – {alliance}',
    'reminders.mail.greeting': 'Hello {name},',
    'reminders.mail.intro':
      'You own {count, plural, one {# action of the alliance’s action plan that is overdue or due soon} other {# actions of the alliance’s action plan that are overdue or due soon}}:',
    'reminders.mail.lateColumn': 'Days late',
    'reminders.mail.late': '{days} days late',
    'reminders.mail.today': 'due today',
    'reminders.mail.ahead': 'due in {days} days',
    'reminders.mail.actionPlan': 'Action plan:',
    'reminders.mail.update': 'Please update their status in the action plan.',

    'dashboard.cannotBeReminded': 'Cannot be reminded (no email)',
    'dashboard.cannotBeReminded.none': 'every member has an email address',

    'access.workbook':
      'The alliance workbook of this agenda cannot be opened: it was deleted, or it is not shared with you. Ask {owner} to share the alliance workbook with you as an editor (or to restore it from the Drive bin), then try again.',
    'access.agenda': 'You can only view this agenda. Ask {owner} to share it with you as an editor.',
    'access.viewer':
      'You can only view the alliance workbook, and adding an action needs edit access. Ask {owner} to share it with you as an editor.',
    'mail.error.quota':
      'Google lets your account send {left} more emails today, and this needs {needed}. Nothing was created or sent: untick the email choice, or try again tomorrow.',
  },
  fr: {
    'access.viewerReminders':
      "Vous pouvez seulement consulter le classeur de l'Alliance, et les rappels y sont enregistrés. Demandez à {owner} de le partager avec vous en tant qu'éditeur.",
    'access.viewerMinutes':
      "Vous pouvez seulement consulter le classeur de l'Alliance, et générer le compte-rendu écrit son plan d'action et ses réunions. Demandez à {owner} de le partager avec vous en tant qu'éditeur.",
    'newMeeting.calendarNoTime': "Non ajoutée aux agendas : la réunion n'a pas encore d'heure.",
    'newMeeting.cannotInvite': "Ne peuvent pas être invités (pas d'adresse e-mail dans Membres) : {names}.",
    'newMeeting.emailInvitation': "Envoyer l'invitation aux membres par e-mail",
    'newMeeting.addToCalendar': 'Ajouter aux agendas',
    'newMeeting.noEmails':
      "Aucun membre n'a encore d'adresse e-mail : ajoutez-les dans Membres pour les inviter.",
    'newMeeting.invited': "L'invitation a été envoyée par e-mail à {count} membres.",
    'newMeeting.calendarAdded':
      'La réunion est dans votre agenda ; {count} membres ont été invités par Google Agenda.',
    'newMeeting.notInvited': "Non invités (pas d'adresse e-mail dans Membres) : {names}.",
    'invitation.subject': "Invitation : réunion de l'Alliance Régionale le {date}",
    'calendar.eventTitle': "Réunion de l'Alliance Régionale",
    'calendar.description': 'Ordre du jour : {agenda}\nInvitation : {invitation}',

    'minutes.emailMinutes': 'Envoyer le compte-rendu aux membres par e-mail',
    'minutes.resend': "Renvoyer à ceux qui l'ont déjà reçu",
    'minutes.mailed': 'E-mails envoyés à {count} personnes.',
    'minutes.nothingToMail': 'Aucun e-mail envoyé : chacun avait déjà ce compte-rendu et ses actions.',
    'minutes.notEmailed': "Sans e-mail (pas d'adresse dans Membres) : {names}.",
    'minutesMail.subject': '{meeting}',
    'minutesMail.intro': 'Le compte-rendu de la réunion est prêt : {meeting}.',
    'minutesMail.link': 'Compte-rendu :',
    'minutesMail.yourActions': 'Vos nouvelles actions',
    'minutesMail.noDue': "(pas d'échéance)",

    'menu.reminders': 'Rappels…',
    'reminders.title': 'Rappels',
    'reminders.intro':
      "Une fois par semaine, chaque responsable d'actions en retard ou à échéance dans les 14 jours reçoit un e-mail qui les liste. Les e-mails partent de votre compte.",
    'reminders.on': 'Envoyer des rappels hebdomadaires',
    'reminders.weekday': 'Jour',
    'reminders.hour': 'Heure',
    'reminders.save': 'Enregistrer',
    'reminders.saving': 'Enregistrement…',
    'reminders.savedOn': 'Les rappels sont activés : chaque {weekday} vers {hour} h.',
    'reminders.savedOff': 'Les rappels sont désactivés.',
    'reminders.weekdays': 'lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche',
    'reminders.error.badRequest': 'Le formulaire est arrivé incomplet. Fermez le panneau et rouvrez Rappels.',
    'reminders.mail.subject': 'Actions à échéance – {alliance}',
    'reminders.mail.greeting': 'Bonjour {name},',
    'reminders.mail.intro':
      "Vous êtes responsable de {count, plural, one {# action du plan d'action de l'Alliance en retard ou bientôt à échéance} other {# actions du plan d'action de l'Alliance en retard ou bientôt à échéance}} :",
    'reminders.mail.lateColumn': 'Jours de retard',
    'reminders.mail.late': '{days} jours de retard',
    'reminders.mail.today': "échéance aujourd'hui",
    'reminders.mail.ahead': 'échéance dans {days} jours',
    'reminders.mail.actionPlan': "Plan d'action :",
    'reminders.mail.update': "Merci de mettre à jour leur statut dans le plan d'action.",

    'dashboard.cannotBeReminded': "Sans rappel possible (pas d'e-mail)",
    'dashboard.cannotBeReminded.none': 'chaque membre a une adresse e-mail',

    'access.workbook':
      "Le classeur de l'Alliance lié à cet ordre du jour ne peut pas être ouvert : il a été supprimé, ou il n'est pas partagé avec vous. Demandez à {owner} de partager le classeur de l'Alliance avec vous en tant qu'éditeur (ou de le restaurer depuis la corbeille de Drive), puis réessayez.",
    'access.agenda':
      "Vous pouvez seulement consulter cet ordre du jour. Demandez à {owner} de le partager avec vous en tant qu'éditeur.",
    'access.viewer':
      "Vous pouvez seulement consulter le classeur de l'Alliance, et ajouter une action demande le droit de modifier. Demandez à {owner} de le partager avec vous en tant qu'éditeur.",
    'mail.error.quota':
      "Google permet à votre compte d'envoyer encore {left} e-mails aujourd'hui, et il en faut {needed}. Rien n'a été créé ni envoyé : décochez l'envoi par e-mail ou réessayez demain.",
  },
  nl: {
    'access.viewerReminders':
      'U kunt de werkmap van de alliantie alleen bekijken, en de herinneringen worden erin bewaard. Vraag {owner} om hem met u te delen als bewerker.',
    'access.viewerMinutes':
      'U kunt de werkmap van de alliantie alleen bekijken, en het verslag maken schrijft het actieplan en de vergaderingen bij. Vraag {owner} om hem met u te delen als bewerker.',
    'newMeeting.calendarNoTime': 'Niet aan de agenda’s toegevoegd: de vergadering heeft nog geen tijd.',
    'newMeeting.cannotInvite': 'Kunnen niet worden uitgenodigd (geen e-mailadres in Leden): {names}.',
    'newMeeting.emailInvitation': 'De uitnodiging naar de leden mailen',
    'newMeeting.addToCalendar': 'Aan de agenda’s toevoegen',
    'newMeeting.noEmails': 'Nog geen lid heeft een e-mailadres: voeg ze toe in Leden om hen uit te nodigen.',
    'newMeeting.invited': 'De uitnodiging is naar {count} leden gemaild.',
    'newMeeting.calendarAdded':
      'De vergadering staat in uw agenda; {count} leden zijn via Google Agenda uitgenodigd.',
    'newMeeting.notInvited': 'Niet uitgenodigd (geen e-mailadres in Leden): {names}.',
    'invitation.subject': 'Uitnodiging: vergadering van de Regionale Alliantie op {date}',
    'calendar.eventTitle': 'Vergadering van de Regionale Alliantie',
    'calendar.description': 'Agenda: {agenda}\nUitnodiging: {invitation}',

    'minutes.emailMinutes': 'Het verslag naar de leden mailen',
    'minutes.resend': 'Opnieuw sturen naar wie het al kreeg',
    'minutes.mailed': 'E-mails verstuurd naar {count} personen.',
    'minutes.nothingToMail': 'Niemand is gemaild: iedereen had dit verslag en zijn acties al.',
    'minutes.notEmailed': 'Niet gemaild (geen e-mailadres in Leden): {names}.',
    'minutesMail.subject': '{meeting}',
    'minutesMail.intro': 'Het verslag van de vergadering is klaar: {meeting}.',
    'minutesMail.link': 'Verslag:',
    'minutesMail.yourActions': 'Uw nieuwe acties',
    'minutesMail.noDue': '(geen einddatum)',

    'menu.reminders': 'Herinneringen…',
    'reminders.title': 'Herinneringen',
    'reminders.intro':
      'Eén keer per week krijgt elke eigenaar van acties die te laat zijn of binnen 14 dagen vervallen één e-mail met die acties. De e-mails gaan uit van uw account.',
    'reminders.on': 'Wekelijkse herinneringen sturen',
    'reminders.weekday': 'Dag',
    'reminders.hour': 'Uur',
    'reminders.save': 'Opslaan',
    'reminders.saving': 'Opslaan…',
    'reminders.savedOn': 'Herinneringen staan aan: elke {weekday} rond {hour}:00.',
    'reminders.savedOff': 'Herinneringen staan uit.',
    'reminders.weekdays': 'maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag',
    'reminders.error.badRequest':
      'Het formulier kwam onvolledig aan. Sluit de zijbalk en open Herinneringen opnieuw.',
    'reminders.mail.subject': 'Acties die vervallen – {alliance}',
    'reminders.mail.greeting': 'Beste {name},',
    'reminders.mail.intro':
      'U bent eigenaar van {count, plural, one {# actie uit het actieplan van de alliantie die te laat is of binnenkort vervalt} other {# acties uit het actieplan van de alliantie die te laat zijn of binnenkort vervallen}}:',
    'reminders.mail.lateColumn': 'Dagen te laat',
    'reminders.mail.late': '{days} dagen te laat',
    'reminders.mail.today': 'vervalt vandaag',
    'reminders.mail.ahead': 'vervalt over {days} dagen',
    'reminders.mail.actionPlan': 'Actieplan:',
    'reminders.mail.update': 'Werk hun status bij in het actieplan.',

    'dashboard.cannotBeReminded': 'Geen herinnering mogelijk (geen e-mail)',
    'dashboard.cannotBeReminded.none': 'elk lid heeft een e-mailadres',

    'access.workbook':
      'De alliantiewerkmap van deze agenda kan niet worden geopend: hij is verwijderd, of niet met u gedeeld. Vraag {owner} om de werkmap van de alliantie met u te delen als bewerker (of hem uit de prullenbak van Drive terug te zetten) en probeer het opnieuw.',
    'access.agenda': 'U kunt deze agenda alleen bekijken. Vraag {owner} om hem met u te delen als bewerker.',
    'access.viewer':
      'U kunt de werkmap van de alliantie alleen bekijken, en een actie toevoegen vraagt bewerkrechten. Vraag {owner} om hem met u te delen als bewerker.',
    'mail.error.quota':
      'Google laat uw account vandaag nog {left} e-mails versturen, en hiervoor zijn er {needed} nodig. Er is niets gemaakt of verstuurd: vink het mailen uit, of probeer het morgen opnieuw.',
  },
  sv: {
    'access.viewerReminders':
      'Du kan bara visa alliansens arbetsbok, och påminnelserna sparas i den. Be {owner} att dela den med dig som redigerare.',
    'access.viewerMinutes':
      'Du kan bara visa alliansens arbetsbok, och att skapa protokollet skriver i handlingsplanen och mötena. Be {owner} att dela den med dig som redigerare.',
    'newMeeting.calendarNoTime': 'Inte tillagt i kalendrarna: mötet har ingen tid ännu.',
    'newMeeting.cannotInvite': 'Kan inte bjudas in (ingen e-postadress i Medlemmar): {names}.',
    'newMeeting.emailInvitation': 'Mejla inbjudan till medlemmarna',
    'newMeeting.addToCalendar': 'Lägg till i kalendrarna',
    'newMeeting.noEmails':
      'Ingen medlem har en e-postadress ännu: lägg till dem i Medlemmar för att bjuda in dem.',
    'newMeeting.invited': 'Inbjudan mejlades till {count} medlemmar.',
    'newMeeting.calendarAdded': 'Mötet finns i din kalender; {count} medlemmar bjöds in via Google Kalender.',
    'newMeeting.notInvited': 'Inte inbjudna (ingen e-postadress i Medlemmar): {names}.',
    'invitation.subject': 'Inbjudan: den regionala alliansens möte den {date}',
    'calendar.eventTitle': 'Den regionala alliansens möte',
    'calendar.description': 'Dagordning: {agenda}\nInbjudan: {invitation}',

    'minutes.emailMinutes': 'Mejla protokollet till medlemmarna',
    'minutes.resend': 'Skicka igen till dem som redan fått det',
    'minutes.mailed': 'Mejl skickade till {count} personer.',
    'minutes.nothingToMail': 'Ingen mejlades: alla hade redan protokollet och sina åtgärder.',
    'minutes.notEmailed': 'Inte mejlade (ingen e-postadress i Medlemmar): {names}.',
    'minutesMail.subject': '{meeting}',
    'minutesMail.intro': 'Protokollet från mötet är klart: {meeting}.',
    'minutesMail.link': 'Protokoll:',
    'minutesMail.yourActions': 'Dina nya åtgärder',
    'minutesMail.noDue': '(inget slutdatum)',

    'menu.reminders': 'Påminnelser…',
    'reminders.title': 'Påminnelser',
    'reminders.intro':
      'En gång i veckan får varje ansvarig för åtgärder som är försenade eller förfaller inom 14 dagar ett mejl med dem. Mejlen skickas från ditt konto.',
    'reminders.on': 'Skicka veckopåminnelser',
    'reminders.weekday': 'Dag',
    'reminders.hour': 'Timme',
    'reminders.save': 'Spara',
    'reminders.saving': 'Sparar…',
    'reminders.savedOn': 'Påminnelser är på: varje {weekday} runt kl. {hour}.00.',
    'reminders.savedOff': 'Påminnelser är av.',
    'reminders.weekdays': 'måndag,tisdag,onsdag,torsdag,fredag,lördag,söndag',
    'reminders.error.badRequest':
      'Formuläret kom fram ofullständigt. Stäng sidofältet och öppna Påminnelser igen.',
    'reminders.mail.subject': 'Åtgärder som förfaller – {alliance}',
    'reminders.mail.greeting': 'Hej {name},',
    'reminders.mail.intro':
      'Du är ansvarig för {count, plural, one {# åtgärd i alliansens handlingsplan som är försenad eller snart förfaller} other {# åtgärder i alliansens handlingsplan som är försenade eller snart förfaller}}:',
    'reminders.mail.lateColumn': 'Dagar försenad',
    'reminders.mail.late': '{days} dagar försenad',
    'reminders.mail.today': 'förfaller i dag',
    'reminders.mail.ahead': 'förfaller om {days} dagar',
    'reminders.mail.actionPlan': 'Handlingsplan:',
    'reminders.mail.update': 'Uppdatera deras status i handlingsplanen.',

    'dashboard.cannotBeReminded': 'Kan inte påminnas (ingen e-post)',
    'dashboard.cannotBeReminded.none': 'alla medlemmar har en e-postadress',

    'access.workbook':
      'Alliansens arbetsbok för den här dagordningen kan inte öppnas: den har raderats eller är inte delad med dig. Be {owner} att dela alliansens arbetsbok med dig som redigerare (eller återställa den från papperskorgen i Drive) och försök igen.',
    'access.agenda': 'Du kan bara visa den här dagordningen. Be {owner} att dela den med dig som redigerare.',
    'access.viewer':
      'Du kan bara visa alliansens arbetsbok, och att lägga till en åtgärd kräver redigeringsrätt. Be {owner} att dela den med dig som redigerare.',
    'mail.error.quota':
      'Google låter ditt konto skicka {left} mejl till i dag, och detta kräver {needed}. Inget skapades eller skickades: avmarkera mejlvalet, eller försök igen i morgon.',
  },
});
