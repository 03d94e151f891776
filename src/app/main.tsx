import { boot } from './boot';

boot('page');
