// Generate minutes: the sidebar, the minutes Doc from the Guide's "Exemple de compte-rendu de réunion", its errors.
import { defineMessages } from './language';

export const minutesMessages = defineMessages({
  en: {
    'menu.generateMinutes': 'Generate minutes',

    'minutes.title': 'Generate minutes',
    'minutes.intro': 'Tick who is present, then write a comment and the agreed actions for each agenda item.',
    'minutes.editing':
      'Minutes were generated before: you are editing them. Generating again updates the same Doc and the same actions.',
    'minutes.attendance': 'Present',
    'minutes.items': 'Agenda items',
    'minutes.comment': 'Comment',
    'minutes.addAction': 'Add action',
    'minutes.removeAction': 'Remove action',
    'minutes.action': 'Action',
    'minutes.owner': 'Owner',
    'minutes.chooseOwner': '(choose a member)',
    'minutes.due': 'Due date',
    'minutes.generate': 'Generate minutes',
    'minutes.generating': 'Generating the minutes…',
    'minutes.generated': 'The minutes are ready. Actions of this meeting in the action plan: {count}.',
    'minutes.minutesDocument': 'Minutes:',

    'minutes.heading': 'Minutes of meeting',
    'minutes.name': 'Minutes',
    'minutes.present': 'Name/Organisation of those present',
    'minutes.absent': 'Name/Organisation of those absent',
    'minutes.nobody': '(none)',
    'minutes.commentColumn': 'COMMENT',
    'minutes.completionColumn': 'COMPLETION DATE',
    'minutes.actionLine': 'Action: {action} – {owner}',
    'minutes.actionsHeading': 'Agreed actions',
    'minutes.actionColumn': 'ACTION',
    'minutes.ownerColumn': 'OWNER',
    'minutes.dueColumn': 'DUE DATE',
    'minutes.noActions': 'No action was agreed.',
    'minutes.default.welcome':
      'The host organisation welcomed everyone to the meeting and introduced those who are new to the group.',
    'minutes.default.previousMinutes': 'Everyone present approved the minutes, and no changes were made.',
    'minutes.default.updates':
      'The moderator updated everyone present on the points raised at the last meeting.',
    'minutes.default.nextMeeting': 'Insert the agreed date, time and place of the next meeting.',
    'minutes.default.close': 'The host organisation closed the meeting and thanked all the participants.',

    'minutes.error.notAgenda':
      'This Doc is not an agenda made by Alliance Kit. Open the agenda Doc that New meeting made (its link is in the alliance workbook, on the meetings sheet) and choose Generate minutes there.',
    'minutes.error.noAgendaTable':
      'This agenda Doc has no agenda table any more. Put the table time / item / moderator back (Edit › Undo, or File › Version history), then choose Generate minutes again.',
    'minutes.error.emptyAgenda':
      'The agenda table of this Doc has no items. Write the items discussed in the table, then choose Generate minutes again.',
    'minutes.error.noWorkbook':
      'The alliance workbook of this agenda cannot be opened: it was deleted, or it is not shared with you. Ask the secretary to share it with you with edit rights (or to restore it from the Drive bin), then try again.',
    'minutes.error.noMeeting':
      'This meeting is no longer on the meetings sheet of the alliance workbook. Ask the secretary to restore its row (File › Version history), then try again.',
    'minutes.error.noAction':
      'Under “{item}”, an action has an owner or a due date but no text. Write the action, or remove it.',
    'minutes.error.noOwner': 'Please choose the owner of the action “{action}”.',
    'minutes.error.unknownOwner':
      '“{owner}” is not a member of the alliance. Please choose the owner of “{action}” from the list.',
    'minutes.error.noDue': 'Please give the action “{action}” a due date.',
    'minutes.error.badDue':
      '“{value}” is not a date. Please choose a due date for “{action}”, such as 15/03/2027.',
    'minutes.error.badRequest':
      'The form arrived incomplete. Please close the sidebar and choose Generate minutes again.',
    'minutes.error.tooLarge':
      'These minutes are too large for the agenda Doc to keep between generations (500 KB in all). Please shorten the longest comments. Nothing was changed.',
  },
  fr: {
    'menu.generateMinutes': 'Générer le compte-rendu',

    'minutes.title': 'Générer le compte-rendu',
    'minutes.intro':
      "Cochez les personnes présentes, puis écrivez un commentaire et les actions convenues pour chaque point de l'ordre du jour.",
    'minutes.editing':
      'Le compte-rendu a déjà été généré : vous le modifiez. Générer à nouveau met à jour le même document et les mêmes actions.',
    'minutes.attendance': 'Présents',
    'minutes.items': "Points de l'ordre du jour",
    'minutes.comment': 'Commentaire',
    'minutes.addAction': 'Ajouter une action',
    'minutes.removeAction': "Retirer l'action",
    'minutes.action': 'Action',
    'minutes.owner': 'Responsable',
    'minutes.chooseOwner': '(choisir un membre)',
    'minutes.due': 'Date de réalisation',
    'minutes.generate': 'Générer le compte-rendu',
    'minutes.generating': 'Génération du compte-rendu…',
    'minutes.generated':
      "Le compte-rendu est prêt. Actions de cette réunion dans le plan d'action : {count}.",
    'minutes.minutesDocument': 'Compte-rendu :',

    'minutes.heading': 'Compte-rendu de réunion',
    'minutes.name': 'Compte-rendu',
    'minutes.present': 'Nom/Organisme des personnes présentes',
    'minutes.absent': 'Nom/Organisme des personnes absentes',
    'minutes.nobody': '(aucune)',
    'minutes.commentColumn': 'COMMENTAIRE',
    'minutes.completionColumn': 'DATE DE RÉALISATION',
    'minutes.actionLine': 'Action : {action} – {owner}',
    'minutes.actionsHeading': 'Actions convenues',
    'minutes.actionColumn': 'ACTION',
    'minutes.ownerColumn': 'RESPONSABLE',
    'minutes.dueColumn': 'DATE DE RÉALISATION',
    'minutes.noActions': "Aucune action n'a été convenue.",
    'minutes.default.welcome':
      "L'organisme d'accueil a souhaité la bienvenue à tous les participants à la réunion et a présenté ceux qui sont nouveaux dans le groupe",
    'minutes.default.previousMinutes':
      "Toutes les personnes présentes ont approuvé le compte-rendu et aucune modification n'a été apportée",
    'minutes.default.updates':
      'Le modérateur a informé toutes les personnes présentes sur les points abordés lors de la dernière réunion',
    'minutes.default.nextMeeting': "Insérer la date, l'heure et le lieu convenus de la prochaine réunion",
    'minutes.default.close': "L'organisme d'accueil a clôturé la réunion et a remercié tous les participants",

    'minutes.error.notAgenda':
      "Ce document n'est pas un ordre du jour créé par Alliance Kit. Ouvrez l'ordre du jour créé par Nouvelle réunion (son lien est dans le classeur de l'Alliance, sur la feuille des réunions) et choisissez-y Générer le compte-rendu.",
    'minutes.error.noAgendaTable':
      "Cet ordre du jour n'a plus de tableau. Remettez le tableau heure / objet / modérateur (Édition › Annuler, ou Fichier › Historique des versions), puis choisissez à nouveau Générer le compte-rendu.",
    'minutes.error.emptyAgenda':
      "Le tableau de l'ordre du jour est vide. Écrivez les points abordés dans le tableau, puis choisissez à nouveau Générer le compte-rendu.",
    'minutes.error.noWorkbook':
      "Le classeur de l'Alliance lié à cet ordre du jour ne peut pas être ouvert : il a été supprimé, ou il n'est pas partagé avec vous. Demandez au secrétariat de vous le partager en modification (ou de le restaurer depuis la corbeille de Drive), puis réessayez.",
    'minutes.error.noMeeting':
      "Cette réunion n'est plus sur la feuille des réunions du classeur de l'Alliance. Demandez au secrétariat de restaurer sa ligne (Fichier › Historique des versions), puis réessayez.",
    'minutes.error.noAction':
      "Sous « {item} », une action a un responsable ou une date mais pas de texte. Écrivez l'action, ou retirez-la.",
    'minutes.error.noOwner': "Veuillez choisir le responsable de l'action « {action} ».",
    'minutes.error.unknownOwner':
      "« {owner} » n'est pas membre de l'Alliance. Veuillez choisir le responsable de « {action} » dans la liste.",
    'minutes.error.noDue': "Veuillez donner une date de réalisation à l'action « {action} ».",
    'minutes.error.badDue':
      "« {value} » n'est pas une date. Veuillez choisir une date de réalisation pour « {action} », par exemple 15/03/2027.",
    'minutes.error.badRequest':
      'Le formulaire est arrivé incomplet. Veuillez fermer le panneau et choisir à nouveau Générer le compte-rendu.',
    'minutes.error.tooLarge':
      "Ce compte-rendu est trop volumineux pour que l'ordre du jour le conserve d'une génération à l'autre (500 Ko au total). Veuillez raccourcir les commentaires les plus longs. Rien n'a été modifié.",
  },
  nl: {
    'menu.generateMinutes': 'Notulen maken',

    'minutes.title': 'Notulen maken',
    'minutes.intro':
      'Vink aan wie aanwezig is en schrijf bij elk agendapunt een opmerking en de afgesproken acties.',
    'minutes.editing':
      'De notulen zijn al eerder gemaakt: u bewerkt ze. Opnieuw maken werkt hetzelfde document en dezelfde acties bij.',
    'minutes.attendance': 'Aanwezig',
    'minutes.items': 'Agendapunten',
    'minutes.comment': 'Opmerking',
    'minutes.addAction': 'Actie toevoegen',
    'minutes.removeAction': 'Actie verwijderen',
    'minutes.action': 'Actie',
    'minutes.owner': 'Eigenaar',
    'minutes.chooseOwner': '(kies een lid)',
    'minutes.due': 'Uiterste datum',
    'minutes.generate': 'Notulen maken',
    'minutes.generating': 'De notulen worden gemaakt…',
    'minutes.generated': 'De notulen zijn klaar. Acties van deze vergadering in het actieplan: {count}.',
    'minutes.minutesDocument': 'Notulen:',

    'minutes.heading': 'Notulen van de vergadering',
    'minutes.name': 'Notulen',
    'minutes.present': 'Naam/organisatie van de aanwezigen',
    'minutes.absent': 'Naam/organisatie van de afwezigen',
    'minutes.nobody': '(niemand)',
    'minutes.commentColumn': 'OPMERKING',
    'minutes.completionColumn': 'DATUM VAN UITVOERING',
    'minutes.actionLine': 'Actie: {action} – {owner}',
    'minutes.actionsHeading': 'Afgesproken acties',
    'minutes.actionColumn': 'ACTIE',
    'minutes.ownerColumn': 'EIGENAAR',
    'minutes.dueColumn': 'UITERSTE DATUM',
    'minutes.noActions': 'Er zijn geen acties afgesproken.',
    'minutes.default.welcome':
      'De gastorganisatie heette iedereen welkom op de vergadering en stelde wie nieuw is in de groep voor.',
    'minutes.default.previousMinutes': 'Alle aanwezigen keurden de notulen goed, zonder wijzigingen.',
    'minutes.default.updates':
      'De gespreksleider bracht alle aanwezigen op de hoogte van de punten van de vorige vergadering.',
    'minutes.default.nextMeeting': 'Vul de afgesproken datum, tijd en plaats van de volgende vergadering in.',
    'minutes.default.close': 'De gastorganisatie sloot de vergadering af en bedankte alle deelnemers.',

    'minutes.error.notAgenda':
      'Dit document is geen agenda die Alliance Kit heeft gemaakt. Open de agenda die Nieuwe vergadering heeft gemaakt (de link staat in de alliantiewerkmap, op het blad met de vergaderingen) en kies daar Notulen maken.',
    'minutes.error.noAgendaTable':
      'Deze agenda heeft geen agendatabel meer. Zet de tabel tijd / onderwerp / gespreksleider terug (Bewerken › Ongedaan maken, of Bestand › Versiegeschiedenis) en kies opnieuw Notulen maken.',
    'minutes.error.emptyAgenda':
      'De agendatabel van dit document heeft geen punten. Schrijf de besproken punten in de tabel en kies opnieuw Notulen maken.',
    'minutes.error.noWorkbook':
      'De alliantiewerkmap van deze agenda kan niet worden geopend: hij is verwijderd, of niet met u gedeeld. Vraag het secretariaat hem met bewerkrechten met u te delen (of hem uit de prullenbak van Drive terug te zetten) en probeer het opnieuw.',
    'minutes.error.noMeeting':
      'Deze vergadering staat niet meer op het blad met de vergaderingen van de alliantiewerkmap. Vraag het secretariaat de rij terug te zetten (Bestand › Versiegeschiedenis) en probeer het opnieuw.',
    'minutes.error.noAction':
      'Onder “{item}” heeft een actie een eigenaar of een datum maar geen tekst. Schrijf de actie, of verwijder haar.',
    'minutes.error.noOwner': 'Kies de eigenaar van de actie “{action}”.',
    'minutes.error.unknownOwner':
      '“{owner}” is geen lid van de alliantie. Kies de eigenaar van “{action}” uit de lijst.',
    'minutes.error.noDue': 'Geef de actie “{action}” een uiterste datum.',
    'minutes.error.badDue':
      '“{value}” is geen datum. Kies een uiterste datum voor “{action}”, bijvoorbeeld 15-03-2027.',
    'minutes.error.badRequest':
      'Het formulier is onvolledig aangekomen. Sluit het zijpaneel en kies opnieuw Notulen maken.',
    'minutes.error.tooLarge':
      'Deze notulen zijn te groot om tussen twee keer maken in het agendadocument bewaard te worden (500 KB in totaal). Kort de langste opmerkingen in. Er is niets gewijzigd.',
  },
  sv: {
    'menu.generateMinutes': 'Skapa protokoll',

    'minutes.title': 'Skapa protokoll',
    'minutes.intro':
      'Kryssa i vilka som är närvarande och skriv en kommentar och de överenskomna åtgärderna för varje punkt.',
    'minutes.editing':
      'Protokollet har skapats tidigare: du redigerar det. Att skapa det igen uppdaterar samma dokument och samma åtgärder.',
    'minutes.attendance': 'Närvarande',
    'minutes.items': 'Dagordningens punkter',
    'minutes.comment': 'Kommentar',
    'minutes.addAction': 'Lägg till åtgärd',
    'minutes.removeAction': 'Ta bort åtgärd',
    'minutes.action': 'Åtgärd',
    'minutes.owner': 'Ansvarig',
    'minutes.chooseOwner': '(välj en medlem)',
    'minutes.due': 'Klart senast',
    'minutes.generate': 'Skapa protokoll',
    'minutes.generating': 'Protokollet skapas…',
    'minutes.generated': 'Protokollet är klart. Åtgärder från mötet i handlingsplanen: {count}.',
    'minutes.minutesDocument': 'Protokoll:',

    'minutes.heading': 'Mötesprotokoll',
    'minutes.name': 'Protokoll',
    'minutes.present': 'Namn/organisation för närvarande',
    'minutes.absent': 'Namn/organisation för frånvarande',
    'minutes.nobody': '(ingen)',
    'minutes.commentColumn': 'KOMMENTAR',
    'minutes.completionColumn': 'DATUM FÖR GENOMFÖRANDE',
    'minutes.actionLine': 'Åtgärd: {action} – {owner}',
    'minutes.actionsHeading': 'Överenskomna åtgärder',
    'minutes.actionColumn': 'ÅTGÄRD',
    'minutes.ownerColumn': 'ANSVARIG',
    'minutes.dueColumn': 'KLART SENAST',
    'minutes.noActions': 'Inga åtgärder kom man överens om.',
    'minutes.default.welcome':
      'Värdorganisationen hälsade alla välkomna till mötet och presenterade dem som är nya i gruppen.',
    'minutes.default.previousMinutes': 'Alla närvarande godkände protokollet, och inga ändringar gjordes.',
    'minutes.default.updates':
      'Samtalsledaren informerade alla närvarande om de punkter som togs upp vid förra mötet.',
    'minutes.default.nextMeeting': 'Fyll i överenskommet datum, tid och plats för nästa möte.',
    'minutes.default.close': 'Värdorganisationen avslutade mötet och tackade alla deltagare.',

    'minutes.error.notAgenda':
      'Det här dokumentet är ingen dagordning från Alliance Kit. Öppna dagordningen som Nytt möte skapade (länken finns i alliansens arbetsbok, på bladet med mötena) och välj Skapa protokoll där.',
    'minutes.error.noAgendaTable':
      'Den här dagordningen har inte längre någon tabell. Sätt tillbaka tabellen tid / ärende / samtalsledare (Redigera › Ångra, eller Arkiv › Versionshistorik) och välj Skapa protokoll igen.',
    'minutes.error.emptyAgenda':
      'Dagordningens tabell har inga punkter. Skriv de punkter som behandlades i tabellen och välj Skapa protokoll igen.',
    'minutes.error.noWorkbook':
      'Alliansens arbetsbok för den här dagordningen kan inte öppnas: den har raderats eller är inte delad med dig. Be sekreteraren dela den med dig med redigeringsrätt (eller återställa den från papperskorgen i Drive) och försök igen.',
    'minutes.error.noMeeting':
      'Mötet finns inte längre på bladet med mötena i alliansens arbetsbok. Be sekreteraren återställa raden (Arkiv › Versionshistorik) och försök igen.',
    'minutes.error.noAction':
      'Under ”{item}” har en åtgärd en ansvarig eller ett datum men ingen text. Skriv åtgärden eller ta bort den.',
    'minutes.error.noOwner': 'Välj vem som är ansvarig för åtgärden ”{action}”.',
    'minutes.error.unknownOwner':
      '”{owner}” är inte medlem i alliansen. Välj ansvarig för ”{action}” i listan.',
    'minutes.error.noDue': 'Ange när åtgärden ”{action}” ska vara klar.',
    'minutes.error.badDue':
      '”{value}” är inget datum. Välj ett datum då ”{action}” ska vara klar, till exempel 2027-03-15.',
    'minutes.error.badRequest':
      'Formuläret kom fram ofullständigt. Stäng sidopanelen och välj Skapa protokoll igen.',
    'minutes.error.tooLarge':
      'Protokollet är för stort för att dagordningen ska kunna spara det mellan två gånger (500 kB totalt). Korta de längsta kommentarerna. Inget ändrades.',
  },
});
