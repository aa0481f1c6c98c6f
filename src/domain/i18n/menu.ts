// Menu labels and the add-on's name: the words a user looks for, first.
import { defineMessages } from './language';

export const menuMessages = defineMessages({
  en: {
    'menu.title': 'Alliance Kit',
    'menu.setUpWorkbook': 'Set up alliance workbook',
  },
  fr: {
    'menu.title': 'Alliance Kit',
    'menu.setUpWorkbook': "Configurer le classeur de l'Alliance",
  },
  nl: {
    'menu.title': 'Alliance Kit',
    'menu.setUpWorkbook': 'Alliantiewerkmap instellen',
  },
  sv: {
    'menu.title': 'Alliance Kit',
    'menu.setUpWorkbook': 'Konfigurera alliansens arbetsbok',
  },
});
