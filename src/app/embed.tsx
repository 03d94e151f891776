import './embed.css';
import { boot } from './boot';

void boot('embed');
