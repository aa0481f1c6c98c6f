// Meetings and the documents made from the Guide: New meeting, agenda, invitation, charter, briefing document.
import { defineMessages } from './language';

export const meetingMessages = defineMessages({
  en: {
    'menu.newMeeting': 'New meeting',
    'menu.makeCharter': 'Make charter',
    'menu.briefingDocument': 'Briefing document',

    'newMeeting.title': 'New meeting',
    'newMeeting.date': 'Date',
    'newMeeting.time': 'Time',
    'newMeeting.place': 'Place',
    'newMeeting.host': 'Host organisation',
    'newMeeting.chair': 'Chair',
    'newMeeting.noChair': '(not chosen yet)',
    'newMeeting.agenda': 'Agenda',
    'newMeeting.itemColumn': 'Item',
    'newMeeting.moderatorColumn': 'Moderator',
    'newMeeting.itemTime': 'Time of item {n}',
    'newMeeting.item': 'Item {n}',
    'newMeeting.moderator': 'Moderator of item {n}',
    'newMeeting.addItem': 'Add item',
    'newMeeting.removeItem': 'Remove item {n}',
    'newMeeting.create': 'Create meeting',
    'newMeeting.creating': 'Creating the meeting…',
    'newMeeting.created': 'Meeting {number} is created.',
    'newMeeting.agendaDocument': 'Agenda:',
    'newMeeting.invitationDocument': 'Invitation:',

    'meeting.error.noDate': 'Please give the meeting a date.',
    'meeting.error.badDate': '“{value}” is not a date. Please choose a date such as 15/03/2027.',
    'meeting.error.badTime': '“{value}” is not a time. Please write it as 14:30, or leave it empty.',
    'meeting.error.emptyAgenda': 'The agenda is empty. Please add at least one item.',
    'meeting.error.chairNotAMember':
      '“{value}” is not in Members. Please choose the chair from the list, or no chair.',
    'meeting.error.badRequest':
      'The form arrived incomplete. Please close the sidebar and open New meeting again.',

    'date.months': 'January,February,March,April,May,June,July,August,September,October,November,December',
    'date.long': '{day} {month} {year}',
    'date.pattern': 'dd/mm/yyyy',
    'document.workbook': 'Alliance workbook:',

    'agenda.heading': 'Agenda',
    'agenda.time': 'TIME',
    'agenda.item': 'ITEM',
    'agenda.moderator': 'MODERATOR',
    'agenda.welcome': 'Welcome and introduction',
    'agenda.previousMinutes': 'Minutes of the previous meeting',
    'agenda.updates': 'Updates on project activities since the last meeting',
    'agenda.communication': 'Communication; events; networking',
    'agenda.knowledge': 'Knowledge sharing',
    'agenda.training': 'Feedback on training',
    'agenda.actionPlan': 'Review of the action plan',
    'agenda.otherBusiness': 'Any other business',
    'agenda.nextMeeting': 'Date, time and place of the next meeting',
    'agenda.close': 'Close and thanks',
    'agenda.followUp': 'Follow-up – {owner}: {count, plural, one {# open action} other {# open actions}}',
    'agenda.followUpOverdue':
      'Follow-up – {owner}: {count, plural, one {# open action} other {# open actions}}; overdue: {actions}',
    'agenda.noOwner': 'no owner yet',

    'invitation.heading': 'Invitation',
    'invitation.invite':
      'We cordially invite you to take part in our Regional Alliance meeting, to be held on {date}{time}{place}.',
    'invitation.atTime': ' at {time}',
    'invitation.atPlace': ' at {place}',
    'invitation.host': 'Host organisation:',
    'invitation.chair': 'Chair:',
    'invitation.programme': 'Programme',
    'invitation.thanks':
      'Thank you in advance for your commitment to taking the project in the right direction for the greatest impact. We greatly value your expertise.',
    'invitation.contact':
      'Please do not hesitate to contact me if you have any questions or would like to discuss other matters.',
    'invitation.closing': 'Yours sincerely,',
    'invitation.secretary': 'Secretary of the alliance',

    'charter.title': 'Charter',
    'charter.documentName': 'Charter – {alliance}',
    'charter.heading': 'Charter of {alliance}',
    'charter.commitment':
      'As a member of {alliance}, I commit to attending meetings, sharing information and supporting the aims of the Alliance.',
    'charter.aware': 'I understand that the Alliance is committed to:',
    'charter.noVision': '(Insert the vision and aims of the Alliance)',
    'charter.respect':
      'I will at all times act with respect towards the other members of the alliance and uphold the principles of diversity and equality.',
    'charter.collaboration': 'I will work collaboratively, in a spirit of positive and constructive debate.',
    'charter.conflicts':
      'I will inform the members of the Alliance of any potential conflict of interest and withdraw from discussions where necessary.',
    'charter.openness':
      'I will support open and honest communication with the migrant community, to allow the widest access to and participation in the work of the Alliance.',
    'charter.resources':
      'Besides committing my time and human resources, I will draw on other sources of information where appropriate and point members to useful connections and resources.',
    'charter.signatures': 'Signatures',
    'charter.recording':
      'Each member signs on their row. The secretary then records the date of signature in the “{column}” column of the {sheet} sheet, so the dashboard counts the signatures.',
    'charter.name': 'Name',
    'charter.date': 'Date',
    'charter.organisation': 'Organisation',
    'charter.individual': 'Individual member',
    'charter.contact': 'Email / preferred channel',
    'charter.yes': 'Yes',
    'charter.ready':
      'The charter is ready. Share it for signing, then record each signature date in Members.',

    'briefing.title': 'Briefing document',
    'briefing.documentName': 'Briefing document – {alliance}',
    'briefing.heading': 'Briefing document on the Regional Alliance',
    'briefing.intro':
      'Answer these questions before contacting the organisations you want to involve in the Alliance.',
    'briefing.why':
      'What led you to set up the Alliance? For example: enabling migrants and refugees to be actively included in the host country and its society.',
    'briefing.understanding':
      'Improving their understanding of the needs and opportunities in community mediation.',
    'briefing.skills':
      'Gaining concrete knowledge and skills to build community mediation into the ongoing work of their organisations, which support migrants and refugees.',
    'briefing.situation':
      'Set the scene with a short presentation of the situation and challenges in your region.',
    'briefing.mediation': 'Why do you think community mediation can successfully meet these challenges?',
    'briefing.reasons':
      'Give at least five convincing reasons WHY THESE ORGANISATIONS SHOULD GET INVOLVED, highlighting the benefits of their commitment.',
    'briefing.answer': '(Your answer)',
    'briefing.reason': 'Reason {n}:',
    'briefing.commitmentHeading': 'What we ask of each organisation',
    'briefing.commitment':
      'Taking part in 4–5 meetings over 18 months and contributing actively to the Regional Action Plans.',
    'briefing.ready': 'The briefing document is ready. Answer its questions before contacting organisations.',
  },
  fr: {
    'menu.newMeeting': 'Nouvelle réunion',
    'menu.makeCharter': 'Créer la charte',
    'menu.briefingDocument': 'Document de briefing',

    'newMeeting.title': 'Nouvelle réunion',
    'newMeeting.date': 'Date',
    'newMeeting.time': 'Heure',
    'newMeeting.place': 'Lieu',
    'newMeeting.host': "Organisme d'accueil",
    'newMeeting.chair': 'Président(e)',
    'newMeeting.noChair': '(pas encore choisi)',
    'newMeeting.agenda': 'Ordre du jour',
    'newMeeting.itemColumn': 'Objet',
    'newMeeting.moderatorColumn': 'Modérateur',
    'newMeeting.itemTime': 'Heure du point {n}',
    'newMeeting.item': 'Point {n}',
    'newMeeting.moderator': 'Modérateur du point {n}',
    'newMeeting.addItem': 'Ajouter un point',
    'newMeeting.removeItem': 'Retirer le point {n}',
    'newMeeting.create': 'Créer la réunion',
    'newMeeting.creating': 'Création de la réunion…',
    'newMeeting.created': 'La réunion n° {number} est créée.',
    'newMeeting.agendaDocument': 'Ordre du jour :',
    'newMeeting.invitationDocument': 'Invitation :',

    'meeting.error.noDate': 'Veuillez indiquer la date de la réunion.',
    'meeting.error.badDate':
      "« {value} » n'est pas une date. Veuillez choisir une date, par exemple 15/03/2027.",
    'meeting.error.badTime':
      "« {value} » n'est pas une heure. Veuillez l'écrire sous la forme 14:30, ou laisser le champ vide.",
    'meeting.error.emptyAgenda': "L'ordre du jour est vide. Veuillez ajouter au moins un point.",
    'meeting.error.chairNotAMember':
      '« {value} » ne figure pas dans Membres. Veuillez choisir le ou la président(e) dans la liste, ou personne.',
    'meeting.error.badRequest':
      'Le formulaire est arrivé incomplet. Veuillez fermer le panneau et rouvrir Nouvelle réunion.',

    'date.months': 'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre',
    'date.long': '{day, plural, =1 {1er} other {#}} {month} {year}',
    'date.pattern': 'jj/mm/aaaa',
    'document.workbook': "Classeur de l'Alliance :",

    'agenda.heading': 'Ordre du jour',
    'agenda.time': 'HEURE',
    'agenda.item': 'OBJET',
    'agenda.moderator': 'MODÉRATEUR',
    'agenda.welcome': 'Accueil et Introduction',
    'agenda.previousMinutes': 'Compte-rendu de la réunion précédente',
    'agenda.updates': 'Mises à jour des activités du projet depuis la dernière réunion',
    'agenda.communication': 'Communication ; événement ; réseautage',
    'agenda.knowledge': 'Partage de connaissance',
    'agenda.training': 'Retour sur les formations',
    'agenda.actionPlan': "Retour sur le plan d'action",
    'agenda.otherBusiness': 'Autres questions',
    'agenda.nextMeeting': 'Date, heure, lieu de la prochaine réunion',
    'agenda.close': 'Conclusion et remerciement',
    'agenda.followUp': 'Suivi – {owner} : {count, plural, one {# action à mener} other {# actions à mener}}',
    'agenda.followUpOverdue':
      'Suivi – {owner} : {count, plural, one {# action à mener} other {# actions à mener}} ; en retard : {actions}',
    'agenda.noOwner': 'sans responsable',

    'invitation.heading': 'Invitation',
    'invitation.invite':
      "Nous vous invitons cordialement à participer à notre Réunion de l'Alliance Régionale qui se tiendra le {date}{time}{place}.",
    'invitation.atTime': ' à {time}',
    'invitation.atPlace': ' à {place}',
    'invitation.host': "Organisme d'accueil :",
    'invitation.chair': 'Présidence :',
    'invitation.programme': 'Programme',
    'invitation.thanks':
      "Nous vous remercions d'avance pour votre engagement à mener le projet dans la bonne direction afin d'obtenir un impact optimal. Nous apprécions vivement votre expertise.",
    'invitation.contact':
      "N'hésitez pas à me contacter si vous avez des questions ou si vous souhaitez discuter d'autres sujets.",
    'invitation.closing': 'Sincèrement vôtre,',
    'invitation.secretary': "Secrétariat de l'Alliance",

    'charter.title': 'Charte',
    'charter.documentName': 'Charte – {alliance}',
    'charter.heading': 'Charte de {alliance}',
    'charter.commitment':
      "En tant que membre de {alliance}, je m'engage à assister aux réunions, à diffuser des informations et à soutenir les objectifs de l'Alliance.",
    'charter.aware': "Je suis conscient que l'Alliance s'engage à :",
    'charter.noVision': "(Insérer les visions/buts de l'Alliance)",
    'charter.respect':
      "J'agirai à tout moment avec respect envers les autres membres de l'alliance et je respecterai les principes de diversité et d'égalité.",
    'charter.collaboration': "J'agirai en collaboration dans un esprit de débat positif et constructif.",
    'charter.conflicts':
      "J'informerai les membres de l'Alliance de tout conflit d'intérêt potentiel et me retirerai des discussions si nécessaire.",
    'charter.openness':
      "Je soutiendrai le principe d'une communication ouverte et honnête avec la communauté migrante afin de permettre l'accès et la participation les plus larges aux travaux de l'Alliance.",
    'charter.resources':
      "Outre l'engagement de mon temps et de mes ressources humaines, je ferai appel à d'autres sources d'information, le cas échéant, et j'indiquerai aux membres les connexions et les ressources utiles.",
    'charter.signatures': 'Signatures',
    'charter.recording':
      'Chaque membre signe sur sa ligne. Le secrétariat inscrit ensuite la date de signature dans la colonne « {column} » de la feuille {sheet} : le tableau de bord compte ainsi les signatures.',
    'charter.name': 'Nom',
    'charter.date': 'Date',
    'charter.organisation': 'Organisation',
    'charter.individual': 'Membre individuel',
    'charter.contact': 'Adresse électronique / forme de communication préférée',
    'charter.yes': 'Oui',
    'charter.ready':
      'La charte est prête. Partagez-la pour signature, puis inscrivez chaque date de signature dans Membres.',

    'briefing.title': 'Document de briefing',
    'briefing.documentName': 'Document de briefing – {alliance}',
    'briefing.heading': "Document de briefing sur l'Alliance régionale",
    'briefing.intro':
      "Répondez à ces questions avant de contacter les organisations que vous souhaitez impliquer dans l'Alliance.",
    'briefing.why':
      "Qu'est-ce qui vous a poussé à mettre en place l'Alliance ? Ex. permettre aux migrants et réfugiés une inclusion active au sein du pays d'accueil et de la société.",
    'briefing.understanding':
      'Améliorer leur compréhension des besoins et des opportunités dans la médiation communautaire.',
    'briefing.skills':
      "Acquérir des connaissances et compétences concrètes permettant d'intégrer la médiation communautaire dans le travail continu au sein de leurs organisations, ces dernières accompagnant des migrants et réfugiés.",
    'briefing.situation':
      'Dressez le tableau grâce à une courte présentation concernant la situation et défis à relever dans votre région.',
    'briefing.mediation':
      'Pourquoi pensez-vous que la médiation communautaire peut répondre avec succès à ces défis ?',
    'briefing.reasons':
      "Donnez au moins cinq raisons convaincantes expliquant POURQUOI CES ORGANISMES DEVRAIENT S'IMPLIQUER ? Mise en valeur des bénéfices de leur engagement.",
    'briefing.answer': '(Votre réponse)',
    'briefing.reason': 'Raison {n} :',
    'briefing.commitmentHeading': 'Ce qui est attendu de leur part',
    'briefing.commitment':
      "Engagement proposé - participer à 4 - 5 réunions sur une période de 18 mois et contribution active au développement de Plans d'Actions Régionaux.",
    'briefing.ready':
      'Le document de briefing est prêt. Répondez à ses questions avant de contacter les organisations.',
  },
  nl: {
    'menu.newMeeting': 'Nieuwe vergadering',
    'menu.makeCharter': 'Handvest maken',
    'menu.briefingDocument': 'Briefingdocument',

    'newMeeting.title': 'Nieuwe vergadering',
    'newMeeting.date': 'Datum',
    'newMeeting.time': 'Tijd',
    'newMeeting.place': 'Plaats',
    'newMeeting.host': 'Gastorganisatie',
    'newMeeting.chair': 'Voorzitter',
    'newMeeting.noChair': '(nog niet gekozen)',
    'newMeeting.agenda': 'Agenda',
    'newMeeting.itemColumn': 'Onderwerp',
    'newMeeting.moderatorColumn': 'Gespreksleider',
    'newMeeting.itemTime': 'Tijd van punt {n}',
    'newMeeting.item': 'Punt {n}',
    'newMeeting.moderator': 'Gespreksleider van punt {n}',
    'newMeeting.addItem': 'Punt toevoegen',
    'newMeeting.removeItem': 'Punt {n} verwijderen',
    'newMeeting.create': 'Vergadering aanmaken',
    'newMeeting.creating': 'De vergadering wordt aangemaakt…',
    'newMeeting.created': 'Vergadering {number} is aangemaakt.',
    'newMeeting.agendaDocument': 'Agenda:',
    'newMeeting.invitationDocument': 'Uitnodiging:',

    'meeting.error.noDate': 'Geef de datum van de vergadering op.',
    'meeting.error.badDate': '“{value}” is geen datum. Kies een datum, bijvoorbeeld 15-03-2027.',
    'meeting.error.badTime': '“{value}” is geen tijd. Schrijf die als 14:30, of laat het veld leeg.',
    'meeting.error.emptyAgenda': 'De agenda is leeg. Voeg minstens één punt toe.',
    'meeting.error.chairNotAMember':
      '“{value}” staat niet in Leden. Kies de voorzitter uit de lijst, of niemand.',
    'meeting.error.badRequest':
      'Het formulier kwam onvolledig aan. Sluit de zijbalk en open Nieuwe vergadering opnieuw.',

    'date.months': 'januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december',
    'date.long': '{day} {month} {year}',
    'date.pattern': 'dd-mm-jjjj',
    'document.workbook': 'Werkmap van de alliantie:',

    'agenda.heading': 'Agenda',
    'agenda.time': 'TIJD',
    'agenda.item': 'ONDERWERP',
    'agenda.moderator': 'GESPREKSLEIDER',
    'agenda.welcome': 'Welkom en introductie',
    'agenda.previousMinutes': 'Verslag van de vorige vergadering',
    'agenda.updates': 'Stand van de projectactiviteiten sinds de vorige vergadering',
    'agenda.communication': 'Communicatie; evenementen; netwerken',
    'agenda.knowledge': 'Kennisdeling',
    'agenda.training': 'Terugkoppeling over de trainingen',
    'agenda.actionPlan': 'Terugblik op het actieplan',
    'agenda.otherBusiness': 'Rondvraag',
    'agenda.nextMeeting': 'Datum, tijd en plaats van de volgende vergadering',
    'agenda.close': 'Afsluiting en dankwoord',
    'agenda.followUp':
      'Opvolging – {owner}: {count, plural, one {# openstaande actie} other {# openstaande acties}}',
    'agenda.followUpOverdue':
      'Opvolging – {owner}: {count, plural, one {# openstaande actie} other {# openstaande acties}}; achterstallig: {actions}',
    'agenda.noOwner': 'nog geen eigenaar',

    'invitation.heading': 'Uitnodiging',
    'invitation.invite':
      'Wij nodigen u van harte uit voor onze vergadering van de Regionale Alliantie op {date}{time}{place}.',
    'invitation.atTime': ' om {time}',
    'invitation.atPlace': ' in {place}',
    'invitation.host': 'Gastorganisatie:',
    'invitation.chair': 'Voorzitter:',
    'invitation.programme': 'Programma',
    'invitation.thanks':
      'Wij danken u bij voorbaat voor uw inzet om het project in de goede richting te sturen, voor een zo groot mogelijk effect. Wij waarderen uw deskundigheid zeer.',
    'invitation.contact':
      'Neem gerust contact met mij op als u vragen hebt of andere onderwerpen wilt bespreken.',
    'invitation.closing': 'Met vriendelijke groet,',
    'invitation.secretary': 'Secretaris van de alliantie',

    'charter.title': 'Handvest',
    'charter.documentName': 'Handvest – {alliance}',
    'charter.heading': 'Handvest van {alliance}',
    'charter.commitment':
      'Als lid van {alliance} verbind ik mij ertoe de vergaderingen bij te wonen, informatie te verspreiden en de doelen van de Alliantie te steunen.',
    'charter.aware': 'Ik ben mij ervan bewust dat de Alliantie zich inzet voor:',
    'charter.noVision': '(Vul hier de visie en doelen van de Alliantie in)',
    'charter.respect':
      'Ik zal mij te allen tijde respectvol opstellen tegenover de andere leden van de alliantie en de beginselen van diversiteit en gelijkheid respecteren.',
    'charter.collaboration': 'Ik zal samenwerken in een geest van positief en constructief debat.',
    'charter.conflicts':
      'Ik zal de leden van de Alliantie informeren over elk mogelijk belangenconflict en mij zo nodig terugtrekken uit de besprekingen.',
    'charter.openness':
      'Ik zal open en eerlijke communicatie met de migrantengemeenschap steunen, zodat zo veel mogelijk mensen toegang hebben tot en deelnemen aan het werk van de Alliantie.',
    'charter.resources':
      'Naast mijn tijd en menskracht zal ik waar nodig andere informatiebronnen inschakelen en de leden wijzen op nuttige contacten en middelen.',
    'charter.signatures': 'Handtekeningen',
    'charter.recording':
      'Elk lid tekent op zijn of haar rij. De secretaris noteert daarna de datum van ondertekening in de kolom “{column}” van het blad {sheet}, zodat het overzicht de handtekeningen telt.',
    'charter.name': 'Naam',
    'charter.date': 'Datum',
    'charter.organisation': 'Organisatie',
    'charter.individual': 'Individueel lid',
    'charter.contact': 'E-mail / voorkeurskanaal',
    'charter.yes': 'Ja',
    'charter.ready':
      'Het handvest is klaar. Deel het om te laten ondertekenen en noteer elke datum in Leden.',

    'briefing.title': 'Briefingdocument',
    'briefing.documentName': 'Briefingdocument – {alliance}',
    'briefing.heading': 'Briefingdocument over de Regionale Alliantie',
    'briefing.intro':
      'Beantwoord deze vragen voordat u contact opneemt met de organisaties die u bij de Alliantie wilt betrekken.',
    'briefing.why':
      'Waarom hebt u de Alliantie opgericht? Bijvoorbeeld: migranten en vluchtelingen actief laten deelnemen aan het gastland en de samenleving.',
    'briefing.understanding': 'Hun inzicht vergroten in de behoeften en kansen van gemeenschapsbemiddeling.',
    'briefing.skills':
      'Concrete kennis en vaardigheden opdoen om gemeenschapsbemiddeling op te nemen in het dagelijkse werk van hun organisaties, die migranten en vluchtelingen begeleiden.',
    'briefing.situation': 'Schets in een korte presentatie de situatie en de uitdagingen in uw regio.',
    'briefing.mediation':
      'Waarom denkt u dat gemeenschapsbemiddeling deze uitdagingen met succes kan aangaan?',
    'briefing.reasons':
      'Geef minstens vijf overtuigende redenen WAAROM DEZE ORGANISATIES ZICH ZOUDEN MOETEN INZETTEN, en laat de voordelen van hun inzet zien.',
    'briefing.answer': '(Uw antwoord)',
    'briefing.reason': 'Reden {n}:',
    'briefing.commitmentHeading': 'Wat wij van elke organisatie vragen',
    'briefing.commitment':
      'Voorgestelde inzet: deelnemen aan 4 à 5 vergaderingen over een periode van 18 maanden en actief bijdragen aan de Regionale Actieplannen.',
    'briefing.ready':
      'Het briefingdocument is klaar. Beantwoord de vragen voordat u contact opneemt met organisaties.',
  },
  sv: {
    'menu.newMeeting': 'Nytt möte',
    'menu.makeCharter': 'Skapa stadga',
    'menu.briefingDocument': 'Informationsunderlag',

    'newMeeting.title': 'Nytt möte',
    'newMeeting.date': 'Datum',
    'newMeeting.time': 'Tid',
    'newMeeting.place': 'Plats',
    'newMeeting.host': 'Värdorganisation',
    'newMeeting.chair': 'Ordförande',
    'newMeeting.noChair': '(inte vald än)',
    'newMeeting.agenda': 'Dagordning',
    'newMeeting.itemColumn': 'Ärende',
    'newMeeting.moderatorColumn': 'Samtalsledare',
    'newMeeting.itemTime': 'Tid för punkt {n}',
    'newMeeting.item': 'Punkt {n}',
    'newMeeting.moderator': 'Samtalsledare för punkt {n}',
    'newMeeting.addItem': 'Lägg till punkt',
    'newMeeting.removeItem': 'Ta bort punkt {n}',
    'newMeeting.create': 'Skapa möte',
    'newMeeting.creating': 'Mötet skapas…',
    'newMeeting.created': 'Möte {number} har skapats.',
    'newMeeting.agendaDocument': 'Dagordning:',
    'newMeeting.invitationDocument': 'Inbjudan:',

    'meeting.error.noDate': 'Ange mötets datum.',
    'meeting.error.badDate': '”{value}” är inget datum. Välj ett datum, till exempel 2027-03-15.',
    'meeting.error.badTime': '”{value}” är ingen tid. Skriv den som 14:30, eller lämna fältet tomt.',
    'meeting.error.emptyAgenda': 'Dagordningen är tom. Lägg till minst en punkt.',
    'meeting.error.chairNotAMember':
      '”{value}” finns inte i Medlemmar. Välj ordförande i listan, eller ingen.',
    'meeting.error.badRequest':
      'Formuläret kom fram ofullständigt. Stäng sidopanelen och öppna Nytt möte igen.',

    'date.months': 'januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december',
    'date.long': '{day} {month} {year}',
    'date.pattern': 'åååå-mm-dd',
    'document.workbook': 'Alliansens arbetsbok:',

    'agenda.heading': 'Dagordning',
    'agenda.time': 'TID',
    'agenda.item': 'ÄRENDE',
    'agenda.moderator': 'SAMTALSLEDARE',
    'agenda.welcome': 'Välkomnande och inledning',
    'agenda.previousMinutes': 'Protokoll från föregående möte',
    'agenda.updates': 'Uppdateringar om projektets aktiviteter sedan förra mötet',
    'agenda.communication': 'Kommunikation; evenemang; nätverkande',
    'agenda.knowledge': 'Kunskapsdelning',
    'agenda.training': 'Återkoppling från utbildningarna',
    'agenda.actionPlan': 'Genomgång av handlingsplanen',
    'agenda.otherBusiness': 'Övriga frågor',
    'agenda.nextMeeting': 'Datum, tid och plats för nästa möte',
    'agenda.close': 'Avslutning och tack',
    'agenda.followUp':
      'Uppföljning – {owner}: {count, plural, one {# öppen åtgärd} other {# öppna åtgärder}}',
    'agenda.followUpOverdue':
      'Uppföljning – {owner}: {count, plural, one {# öppen åtgärd} other {# öppna åtgärder}}; försenade: {actions}',
    'agenda.noOwner': 'ingen ansvarig än',

    'invitation.heading': 'Inbjudan',
    'invitation.invite':
      'Vi bjuder hjärtligt in dig till vårt möte i den regionala alliansen den {date}{time}{place}.',
    'invitation.atTime': ' kl. {time}',
    'invitation.atPlace': ' på {place}',
    'invitation.host': 'Värdorganisation:',
    'invitation.chair': 'Ordförande:',
    'invitation.programme': 'Program',
    'invitation.thanks':
      'Tack på förhand för ditt engagemang för att föra projektet i rätt riktning och nå största möjliga effekt. Vi värdesätter verkligen din expertis.',
    'invitation.contact': 'Kontakta mig gärna om du har frågor eller vill ta upp andra ämnen.',
    'invitation.closing': 'Med vänliga hälsningar,',
    'invitation.secretary': 'Alliansens sekreterare',

    'charter.title': 'Stadga',
    'charter.documentName': 'Stadga – {alliance}',
    'charter.heading': 'Stadga för {alliance}',
    'charter.commitment':
      'Som medlem i {alliance} åtar jag mig att delta i mötena, sprida information och stödja alliansens mål.',
    'charter.aware': 'Jag är medveten om att alliansen arbetar för att:',
    'charter.noVision': '(Skriv in alliansens vision och mål)',
    'charter.respect':
      'Jag kommer alltid att visa respekt för alliansens övriga medlemmar och följa principerna om mångfald och jämlikhet.',
    'charter.collaboration': 'Jag kommer att samarbeta i en anda av positiv och konstruktiv diskussion.',
    'charter.conflicts':
      'Jag kommer att informera alliansens medlemmar om varje möjlig intressekonflikt och vid behov avstå från att delta i diskussionerna.',
    'charter.openness':
      'Jag kommer att stödja en öppen och ärlig kommunikation med migrantgemenskapen så att så många som möjligt kan ta del av och delta i alliansens arbete.',
    'charter.resources':
      'Utöver min tid och mina personella resurser kommer jag vid behov att använda andra informationskällor och tipsa medlemmarna om användbara kontakter och resurser.',
    'charter.signatures': 'Underskrifter',
    'charter.recording':
      'Varje medlem skriver under på sin rad. Sekreteraren för sedan in datumet för underskriften i kolumnen ”{column}” på bladet {sheet}, så att översikten räknar underskrifterna.',
    'charter.name': 'Namn',
    'charter.date': 'Datum',
    'charter.organisation': 'Organisation',
    'charter.individual': 'Enskild medlem',
    'charter.contact': 'E-post / föredragen kanal',
    'charter.yes': 'Ja',
    'charter.ready': 'Stadgan är klar. Dela den för underskrift och för sedan in varje datum i Medlemmar.',

    'briefing.title': 'Informationsunderlag',
    'briefing.documentName': 'Informationsunderlag – {alliance}',
    'briefing.heading': 'Informationsunderlag om den regionala alliansen',
    'briefing.intro':
      'Besvara de här frågorna innan du kontaktar de organisationer som du vill involvera i alliansen.',
    'briefing.why':
      'Vad fick er att starta alliansen? Till exempel: att ge migranter och flyktingar en aktiv delaktighet i värdlandet och samhället.',
    'briefing.understanding': 'Att öka deras förståelse för behoven och möjligheterna inom samhällsmedling.',
    'briefing.skills':
      'Att få konkreta kunskaper och färdigheter för att föra in samhällsmedling i det löpande arbetet i deras organisationer, som stödjer migranter och flyktingar.',
    'briefing.situation': 'Beskriv läget och utmaningarna i er region i en kort presentation.',
    'briefing.mediation': 'Varför tror ni att samhällsmedling kan möta de här utmaningarna med framgång?',
    'briefing.reasons':
      'Ge minst fem övertygande skäl till VARFÖR DE HÄR ORGANISATIONERNA BÖR ENGAGERA SIG, och lyft fram fördelarna med deras engagemang.',
    'briefing.answer': '(Ditt svar)',
    'briefing.reason': 'Skäl {n}:',
    'briefing.commitmentHeading': 'Vad vi ber varje organisation om',
    'briefing.commitment':
      'Föreslaget åtagande: delta i 4–5 möten under en period av 18 månader och bidra aktivt till de regionala handlingsplanerna.',
    'briefing.ready': 'Informationsunderlaget är klart. Besvara frågorna innan du kontaktar organisationer.',
  },
});
