import {parseArticle} from '../index.js'
// STUB until issue 5.
void parseArticle
