// The alliance's profile form, and the workbook's Docs made again in place (charter, briefing, regional action plan).
import { defineMessages } from './language';

export const profileMessages = defineMessages({
  en: {
    'regionalPlan.documentName': 'Regional action plan – {alliance}',
    'menu.allianceProfile': 'Alliance profile…',
    'profile.title': 'Alliance profile',
    'profile.intro':
      'What every document, the dashboard and the sustainability review say of the alliance. You can change it at any time.',
    'profile.allianceName': 'Name of the alliance',
    'profile.region': 'Region',
    'profile.vision': 'Vision and aims',
    'profile.workPlanStart': 'Work plan starts on',
    'profile.workPlanEnd': 'Work plan ends on',
    'profile.secretaryContact': 'Secretary’s contact (email or phone)',
    'profile.logoUrl': 'Logo for the documents (image address, optional)',
    'profile.renameDocuments': 'Also rename the documents already made with the old name: {documents}',
    'profile.save': 'Save the profile',
    'profile.saving': 'Saving…',
    'profile.saved': 'The alliance profile is saved.',
    'profile.renamed': 'Documents renamed: {count}.',
    'profile.visionLabel': 'Vision and aims:',
    'profile.error.badRequest':
      'The form arrived incomplete. Please close the sidebar and open Alliance profile again.',
    'profile.error.noName': 'Please give the alliance a name.',
    'profile.error.tooLong': '“{field}” is too long: at most {limit} characters, please.',
    'profile.error.badDate':
      '“{value}” is not a date for “{field}”. Please choose a date such as 2027-03-15.',
    'profile.error.endBeforeStart': 'The work plan must end after it starts. Please check both dates.',
    'profile.error.badLogo':
      '“{value}” is not an image address. Please give one starting with https://, or leave it empty.',
    'document.updated': 'The document made before is updated: same link, same sharing.',
    'document.makeNew': 'Make a new document instead',
  },
  fr: {
    'regionalPlan.documentName': 'Plan d’action régional – {alliance}',
    'menu.allianceProfile': 'Profil de l’alliance…',
    'profile.title': 'Profil de l’alliance',
    'profile.intro':
      'Ce que chaque document, le tableau de bord et le bilan de durabilité disent de l’alliance. Vous pouvez le modifier à tout moment.',
    'profile.allianceName': 'Nom de l’alliance',
    'profile.region': 'Région',
    'profile.vision': 'Vision et objectifs',
    'profile.workPlanStart': 'Début du plan de travail',
    'profile.workPlanEnd': 'Fin du plan de travail',
    'profile.secretaryContact': 'Contact du secrétaire (courriel ou téléphone)',
    'profile.logoUrl': 'Logo des documents (adresse d’une image, facultatif)',
    'profile.renameDocuments': 'Renommer aussi les documents déjà créés sous l’ancien nom : {documents}',
    'profile.save': 'Enregistrer le profil',
    'profile.saving': 'Enregistrement…',
    'profile.saved': 'Le profil de l’alliance est enregistré.',
    'profile.renamed': 'Documents renommés : {count}.',
    'profile.visionLabel': 'Vision et objectifs :',
    'profile.error.badRequest':
      'Le formulaire est arrivé incomplet. Fermez le panneau et ouvrez à nouveau Profil de l’alliance.',
    'profile.error.noName': 'Veuillez donner un nom à l’alliance.',
    'profile.error.tooLong': '« {field} » est trop long : {limit} caractères au plus, s’il vous plaît.',
    'profile.error.badDate':
      '« {value} » n’est pas une date pour « {field} ». Choisissez une date comme 2027-03-15.',
    'profile.error.endBeforeStart':
      'Le plan de travail doit finir après avoir commencé. Vérifiez les deux dates.',
    'profile.error.badLogo':
      '« {value} » n’est pas l’adresse d’une image. Donnez une adresse commençant par https://, ou laissez le champ vide.',
    'document.updated': 'Le document créé auparavant est mis à jour : même lien, même partage.',
    'document.makeNew': 'Créer plutôt un nouveau document',
  },
  nl: {
    'regionalPlan.documentName': 'Regionaal actieplan – {alliance}',
    'menu.allianceProfile': 'Profiel van de alliantie…',
    'profile.title': 'Profiel van de alliantie',
    'profile.intro':
      'Wat elk document, het dashboard en de duurzaamheidsevaluatie over de alliantie zeggen. U kunt het altijd wijzigen.',
    'profile.allianceName': 'Naam van de alliantie',
    'profile.region': 'Regio',
    'profile.vision': 'Visie en doelen',
    'profile.workPlanStart': 'Werkplan begint op',
    'profile.workPlanEnd': 'Werkplan eindigt op',
    'profile.secretaryContact': 'Contact van de secretaris (e-mail of telefoon)',
    'profile.logoUrl': 'Logo voor de documenten (adres van een afbeelding, optioneel)',
    'profile.renameDocuments':
      'Ook de documenten hernoemen die al onder de oude naam gemaakt zijn: {documents}',
    'profile.save': 'Profiel opslaan',
    'profile.saving': 'Opslaan…',
    'profile.saved': 'Het profiel van de alliantie is opgeslagen.',
    'profile.renamed': 'Documenten hernoemd: {count}.',
    'profile.visionLabel': 'Visie en doelen:',
    'profile.error.badRequest':
      'Het formulier kwam onvolledig aan. Sluit het zijpaneel en open Profiel van de alliantie opnieuw.',
    'profile.error.noName': 'Geef de alliantie een naam.',
    'profile.error.tooLong': '“{field}” is te lang: hoogstens {limit} tekens.',
    'profile.error.badDate': '“{value}” is geen datum voor “{field}”. Kies een datum zoals 2027-03-15.',
    'profile.error.endBeforeStart': 'Het werkplan moet eindigen na het begin. Controleer beide datums.',
    'profile.error.badLogo':
      '“{value}” is geen adres van een afbeelding. Geef een adres dat met https:// begint, of laat het leeg.',
    'document.updated': 'Het eerder gemaakte document is bijgewerkt: dezelfde link, hetzelfde delen.',
    'document.makeNew': 'Toch een nieuw document maken',
  },
  sv: {
    'regionalPlan.documentName': 'Regional handlingsplan – {alliance}',
    'menu.allianceProfile': 'Alliansens profil…',
    'profile.title': 'Alliansens profil',
    'profile.intro':
      'Det som varje dokument, instrumentpanelen och hållbarhetsöversynen säger om alliansen. Du kan ändra det när som helst.',
    'profile.allianceName': 'Alliansens namn',
    'profile.region': 'Region',
    'profile.vision': 'Vision och mål',
    'profile.workPlanStart': 'Arbetsplanen börjar',
    'profile.workPlanEnd': 'Arbetsplanen slutar',
    'profile.secretaryContact': 'Sekreterarens kontakt (e-post eller telefon)',
    'profile.logoUrl': 'Logotyp för dokumenten (bildens adress, valfritt)',
    'profile.renameDocuments':
      'Byt även namn på dokument som redan skapats med det gamla namnet: {documents}',
    'profile.save': 'Spara profilen',
    'profile.saving': 'Sparar…',
    'profile.saved': 'Alliansens profil är sparad.',
    'profile.renamed': 'Dokument som bytt namn: {count}.',
    'profile.visionLabel': 'Vision och mål:',
    'profile.error.badRequest':
      'Formuläret kom fram ofullständigt. Stäng sidopanelen och öppna Alliansens profil igen.',
    'profile.error.noName': 'Ge alliansen ett namn.',
    'profile.error.tooLong': '”{field}” är för långt: högst {limit} tecken.',
    'profile.error.badDate': '”{value}” är inget datum för ”{field}”. Välj ett datum som 2027-03-15.',
    'profile.error.endBeforeStart':
      'Arbetsplanen måste sluta efter att den börjar. Kontrollera båda datumen.',
    'profile.error.badLogo':
      '”{value}” är ingen bildadress. Ange en adress som börjar med https:// eller lämna fältet tomt.',
    'document.updated': 'Dokumentet som skapades tidigare är uppdaterat: samma länk, samma delning.',
    'document.makeNew': 'Skapa ett nytt dokument i stället',
  },
});
