import './embed.css';
import { boot } from './boot';

boot('embed');
