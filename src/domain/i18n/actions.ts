// The action plan for members: the Add action form, its checks, and Show actions of….
import { defineMessages } from './language';

export const actionMessages = defineMessages({
  en: {
    'validation.dueNotBeforeStart': 'Enter a date on or after the start, such as 2027-03-15.',
    'menu.addAction': 'Add action',
    'menu.showActionsOf': 'Show actions of…',

    'addAction.title': 'Add action',
    'addAction.action': 'Action to take',
    'addAction.owner': 'Owner',
    'addAction.chooseOwner': '(choose a member)',
    'addAction.start': 'Start',
    'addAction.due': 'Due',
    'addAction.budget': 'Estimated budget',
    'addAction.status': 'Status',
    'addAction.add': 'Add to the action plan',
    'addAction.adding': 'Adding the action…',
    'addAction.added': 'Action {number} is in the action plan, row {row}.',
    'addAction.addAnother': 'Add another action',
    'addAction.error.noAction': 'Please say what the action is.',
    'addAction.error.notAMember': '“{value}” is not in Members. Please choose the owner from the list.',
    'addAction.error.badDate': '“{value}” is not a date. Please choose a date such as 15/03/2027.',
    'addAction.error.dueBeforeStart':
      'The due date ({due}) is before the start ({start}). Please check both dates.',
    'addAction.error.badBudget':
      '“{value}” is not an amount. Please type a number of zero or more, such as 500.',
    'addAction.error.badRequest':
      'The form arrived incomplete. Please close the sidebar and open Add action again.',

    'showActions.title': 'Show actions of…',
    'showActions.member': 'Member',
    'showActions.show': 'Show their actions',
    'showActions.showAll': 'Show every action',
    'showActions.choose': '(choose a member)',
    'showActions.error.noMember': 'Please choose the member whose actions to show.',
    'showActions.shown':
      'The action plan shows the actions of {member} only. The other rows are hidden by a filter, not removed.',
    'showActions.all': 'The action plan shows every action again.',
    'showActions.error.notAMember': '“{value}” is not in Members. Please choose the member from the list.',
    'showActions.error.badRequest':
      'The choice arrived incomplete. Please close the sidebar and open Show actions of… again.',
  },
  fr: {
    'validation.dueNotBeforeStart':
      'Saisissez une date égale ou postérieure au début, par exemple 2027-03-15.',
    'menu.addAction': 'Ajouter une action',
    'menu.showActionsOf': 'Afficher les actions de…',

    'addAction.title': 'Ajouter une action',
    'addAction.action': 'Action à entreprendre',
    'addAction.owner': 'Responsable',
    'addAction.chooseOwner': '(choisissez un membre)',
    'addAction.start': 'Début',
    'addAction.due': 'Échéance',
    'addAction.budget': 'Budget estimé',
    'addAction.status': 'Statut',
    'addAction.add': "Ajouter au plan d'action",
    'addAction.adding': "Ajout de l'action…",
    'addAction.added': "L'action {number} figure dans le plan d'action, ligne {row}.",
    'addAction.addAnother': 'Ajouter une autre action',
    'addAction.error.noAction': "Veuillez indiquer en quoi consiste l'action.",
    'addAction.error.notAMember':
      '« {value} » ne figure pas dans Membres. Veuillez choisir le responsable dans la liste.',
    'addAction.error.badDate':
      "« {value} » n'est pas une date. Veuillez choisir une date, par exemple 15/03/2027.",
    'addAction.error.dueBeforeStart':
      "L'échéance ({due}) précède le début ({start}). Veuillez vérifier les deux dates.",
    'addAction.error.badBudget':
      "« {value} » n'est pas un montant. Veuillez saisir un nombre positif ou nul, par exemple 500.",
    'addAction.error.badRequest':
      'Le formulaire est arrivé incomplet. Veuillez fermer le panneau et rouvrir Ajouter une action.',

    'showActions.title': 'Afficher les actions de…',
    'showActions.member': 'Membre',
    'showActions.show': 'Afficher ses actions',
    'showActions.showAll': 'Afficher toutes les actions',
    'showActions.choose': '(choisissez un membre)',
    'showActions.error.noMember': 'Veuillez choisir le membre dont les actions sont à afficher.',
    'showActions.shown':
      "Le plan d'action n'affiche que les actions de {member}. Les autres lignes sont masquées par un filtre, pas supprimées.",
    'showActions.all': "Le plan d'action affiche de nouveau toutes les actions.",
    'showActions.error.notAMember':
      '« {value} » ne figure pas dans Membres. Veuillez choisir le membre dans la liste.',
    'showActions.error.badRequest':
      'Le choix est arrivé incomplet. Veuillez fermer le panneau et rouvrir Afficher les actions de….',
  },
  nl: {
    'validation.dueNotBeforeStart': 'Voer een datum in op of na de start, zoals 2027-03-15.',
    'menu.addAction': 'Actie toevoegen',
    'menu.showActionsOf': 'Acties tonen van…',

    'addAction.title': 'Actie toevoegen',
    'addAction.action': 'Te nemen actie',
    'addAction.owner': 'Eigenaar',
    'addAction.chooseOwner': '(kies een lid)',
    'addAction.start': 'Start',
    'addAction.due': 'Deadline',
    'addAction.budget': 'Geschat budget',
    'addAction.status': 'Status',
    'addAction.add': 'Toevoegen aan het actieplan',
    'addAction.adding': 'De actie wordt toegevoegd…',
    'addAction.added': 'Actie {number} staat in het actieplan, rij {row}.',
    'addAction.addAnother': 'Nog een actie toevoegen',
    'addAction.error.noAction': 'Geef aan wat de actie is.',
    'addAction.error.notAMember': '“{value}” staat niet in Leden. Kies de eigenaar uit de lijst.',
    'addAction.error.badDate': '“{value}” is geen datum. Kies een datum zoals 15-03-2027.',
    'addAction.error.dueBeforeStart':
      'De deadline ({due}) ligt voor de start ({start}). Controleer beide datums.',
    'addAction.error.badBudget': '“{value}” is geen bedrag. Typ een getal van nul of meer, zoals 500.',
    'addAction.error.badRequest':
      'Het formulier kwam onvolledig aan. Sluit de zijbalk en open Actie toevoegen opnieuw.',

    'showActions.title': 'Acties tonen van…',
    'showActions.member': 'Lid',
    'showActions.show': 'Hun acties tonen',
    'showActions.showAll': 'Alle acties tonen',
    'showActions.choose': '(kies een lid)',
    'showActions.error.noMember': 'Kies het lid van wie u de acties wilt zien.',
    'showActions.shown':
      'Het actieplan toont alleen de acties van {member}. De andere rijen zijn verborgen door een filter, niet verwijderd.',
    'showActions.all': 'Het actieplan toont weer alle acties.',
    'showActions.error.notAMember': '“{value}” staat niet in Leden. Kies het lid uit de lijst.',
    'showActions.error.badRequest':
      'De keuze kwam onvolledig aan. Sluit het zijpaneel en open Acties tonen van… opnieuw.',
  },
  sv: {
    'validation.dueNotBeforeStart': 'Ange ett datum på eller efter starten, till exempel 2027-03-15.',
    'menu.addAction': 'Lägg till åtgärd',
    'menu.showActionsOf': 'Visa åtgärder för…',

    'addAction.title': 'Lägg till åtgärd',
    'addAction.action': 'Åtgärd att vidta',
    'addAction.owner': 'Ansvarig',
    'addAction.chooseOwner': '(välj en medlem)',
    'addAction.start': 'Start',
    'addAction.due': 'Klar senast',
    'addAction.budget': 'Uppskattad budget',
    'addAction.status': 'Status',
    'addAction.add': 'Lägg till i handlingsplanen',
    'addAction.adding': 'Åtgärden läggs till…',
    'addAction.added': 'Åtgärd {number} finns i handlingsplanen, rad {row}.',
    'addAction.addAnother': 'Lägg till en åtgärd till',
    'addAction.error.noAction': 'Skriv vad åtgärden är.',
    'addAction.error.notAMember': '”{value}” finns inte i Medlemmar. Välj ansvarig i listan.',
    'addAction.error.badDate': '”{value}” är inget datum. Välj ett datum som 2027-03-15.',
    'addAction.error.dueBeforeStart':
      'Slutdatumet ({due}) ligger före starten ({start}). Kontrollera båda datumen.',
    'addAction.error.badBudget':
      '”{value}” är inget belopp. Skriv ett tal som är noll eller mer, till exempel 500.',
    'addAction.error.badRequest':
      'Formuläret kom fram ofullständigt. Stäng sidofältet och öppna Lägg till åtgärd igen.',

    'showActions.title': 'Visa åtgärder för…',
    'showActions.member': 'Medlem',
    'showActions.show': 'Visa deras åtgärder',
    'showActions.showAll': 'Visa alla åtgärder',
    'showActions.choose': '(välj en medlem)',
    'showActions.error.noMember': 'Välj den medlem vars åtgärder ska visas.',
    'showActions.shown':
      'Handlingsplanen visar bara åtgärderna för {member}. De andra raderna döljs av ett filter, de är inte borttagna.',
    'showActions.all': 'Handlingsplanen visar alla åtgärder igen.',
    'showActions.error.notAMember': '”{value}” finns inte i Medlemmar. Välj medlemmen i listan.',
    'showActions.error.badRequest':
      'Valet kom fram ofullständigt. Stäng sidofältet och öppna Visa åtgärder för… igen.',
  },
});
