// The i18n barrel with every language loaded up front: the kit's "." entry and servers use it.
// Element entries import localize.js alone and load only the page's language (src/define/page-locale.ts).
import en from './en.js';
import kk from './kk.js';
import ru from './ru.js';
import { addCatalogue } from './localize.js';

addCatalogue('kk', kk);
addCatalogue('ru', ru);
addCatalogue('en', en);

export * from './localize.js';
