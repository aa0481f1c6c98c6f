// The workbook schema against the Guide and the catalog: French headers as the Guide words them, labels in any language.
import { catalogFor, LANGUAGES } from '../../src/domain/i18n';
import {
  columnHeader,
  columnOfHeader,
  columnsOf,
  columnTag,
  hyperlink,
  hyperlinkUrl,
  LISTS,
  type ListKey,
  listLabel,
  listLabels,
  listValueOf,
  parseColumnTag,
  SHEET_KEYS,
  sheetOfTitle,
  sheetTitle,
  TABLES,
  type TableKey,
} from '../../src/domain/schema';

const tables = Object.keys(TABLES) as TableKey[];

describe('the workbook schema', () => {
  it('has the nine sheets of the design, in the order an alliance meets them', () => {
    expect(SHEET_KEYS).toEqual([
      'guide',
      'members',
      'stakeholders',
      'sectorProfile',
      'communicationPlan',
      'actionPlan',
      'swot',
      'meetings',
      'dashboard',
    ]);
  });

  it('has the column keys other features rely on', () => {
    const keys = (table: TableKey) => columnsOf(table).map((column) => column.key);
    expect(keys('actionPlan')).toEqual([
      'number',
      'action',
      'localProblem',
      'description',
      'budget',
      'resources',
      'responsiblePartner',
      'owner',
      'start',
      'due',
      'resourcesNeeded',
      'obstacles',
      'collaborators',
      'successMeasure',
      'status',
      'priority',
      'source',
      'actionId',
    ]);
    expect(keys('meetings')).toEqual([
      'number',
      'date',
      'time',
      'place',
      'host',
      'chair',
      'agendaLink',
      'invitationLink',
      'minutesLink',
      'present',
      'absent',
      'status',
      'nextMeeting',
      'meetingId',
    ]);
    expect(keys('members')).toContain('charterSignedOn');
    expect(keys('stakeholders')).toEqual(
      expect.arrayContaining(['influence', 'interest', 'category', 'status']),
    );
  });

  it('gives every sheet, column and list value a catalog entry', () => {
    const catalog = catalogFor('en') as Record<string, string>;
    const keys = [
      ...SHEET_KEYS.map((sheet) => `sheet.${sheet}`),
      ...tables.flatMap((table) => columnsOf(table).map((column) => `column.${table}.${column.key}`)),
      ...(Object.keys(LISTS) as ListKey[]).flatMap((list) =>
        LISTS[list].map((value) => `list.${list}.${value}`),
      ),
    ];
    expect(keys.filter((key) => !(key in catalog))).toEqual([]);
  });

  it('words the French headers as the Guide does', () => {
    const fr = (table: TableKey) => columnsOf(table).map((column) => columnHeader('fr', table, column.key));
    expect(fr('actionPlan').slice(0, 7)).toEqual([
      'Numéro',
      'Action à mener',
      'Problème local à résoudre',
      "Description de l'action",
      'Budget estimé',
      'Ressources/Financements possibles',
      'Autorité/Partenaire responsable',
    ]);
    expect(fr('stakeholders')).toEqual(
      expect.arrayContaining([
        "Nom de l'intervenant",
        'Personne à contacter',
        'Téléphone',
        'E-mail',
        'Site Web',
        'Adresse',
        "Comment l'intervenant pourrait-il contribuer au projet?",
        "Qu'est-ce qui est important pour l'intervenant?",
        "L'Influence Quelle influence ont-ils sur le projet? (Faible, moyen, haut)",
        'Stratégie de mobilisation des intervenants',
        'Indiquez vos propres critères',
      ]),
    );
    expect(fr('communicationPlan').slice(0, 5)).toEqual([
      'Partie prenante / Groupe de parties prenantes',
      'Objectifs (actions souhaitées)',
      'Contenu du message',
      'Livraison (Méthodes / Lieu)',
      'Quand (fréquence)',
    ]);
    expect(listLabels('fr', 'level')).toEqual(['Faible', 'Moyen', 'Haut']);
  });

  it("lists the Guide's sectors in French", () => {
    expect(listLabels('fr', 'sector')).toEqual([
      'Communautés de migrants et de réfugiés',
      'Pouvoirs publics',
      'Réseaux et organisations communautaires',
      "ONG travaillant sur l'accueil et l'inclusion socio-culturelle",
      'Médiateurs',
      'Travailleurs sociaux',
      'Éducateurs',
      'Autre',
    ]);
  });

  it('reads a list label back in any of the four languages, or its key', () => {
    expect(listValueOf('actionStatus', 'Terminée')).toBe('done');
    expect(listValueOf('actionStatus', '  in PROGRESS ')).toBe('inProgress');
    expect(listValueOf('actionStatus', 'Pågår')).toBe('inProgress');
    expect(listValueOf('actionStatus', 'Geblokkeerd')).toBe('blocked');
    expect(listValueOf('actionStatus', 'notStarted')).toBe('notStarted');
    expect(listValueOf('meetingStatus', 'Compte-rendu approuvé')).toBe('minutesApproved');
    expect(listValueOf('level', 'hoog')).toBe('high');
    expect(listValueOf('actionStatus', 'someday')).toBeNull();
    expect(listValueOf('actionStatus', '')).toBeNull();
  });

  it.each(Object.keys(LISTS) as ListKey[])(
    'never lets one label of the %s list stand for two values',
    (list) => {
      for (const language of LANGUAGES) {
        for (const value of LISTS[list]) {
          expect(listValueOf(list, listLabel(language, list, value as never))).toBe(value);
        }
      }
    },
  );

  it.each(tables)('recognises every %s header in every language, and never one for two columns', (table) => {
    for (const language of LANGUAGES) {
      for (const column of columnsOf(table)) {
        expect(columnOfHeader(table, columnHeader(language, table, column.key))).toBe(column.key);
      }
    }
    expect(columnOfHeader(table, 'My own notes')).toBeNull();
  });

  it('recognises sheet titles in any language, each for one sheet only', () => {
    for (const language of LANGUAGES) {
      for (const sheet of SHEET_KEYS) expect(sheetOfTitle(sheetTitle(language, sheet))).toBe(sheet);
    }
    expect(sheetOfTitle('membres')).toBe('members');
    expect(sheetOfTitle('Budget 2026')).toBeNull();
  });

  it('tags a column with its table and key, and refuses tags it does not know', () => {
    expect(columnTag('actionPlan', 'due')).toBe('actionPlan.due');
    expect(parseColumnTag('actionPlan.due')).toEqual({ table: 'actionPlan', column: 'due' });
    expect(parseColumnTag('actionPlan.nope')).toBeNull();
    expect(parseColumnTag('swot.grid')).toBeNull();
    expect(parseColumnTag(null)).toBeNull();
  });

  it('writes links as HYPERLINK formulas and reads their URL back', () => {
    const link = hyperlink('https://docs.google.com/document/d/1"x', 'Agenda "3"');
    expect(link.formula).toBe('=HYPERLINK("https://docs.google.com/document/d/1""x","Agenda ""3""")');
    expect(hyperlinkUrl(link.formula)).toBe('https://docs.google.com/document/d/1"x');
    expect(hyperlinkUrl('=SUM(A1:A3)')).toBeNull();
  });
});
