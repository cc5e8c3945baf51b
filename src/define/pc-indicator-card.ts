import { PcIndicatorCard } from '../components/indicator-card/indicator-card.js';
import { define } from '../internal/define.js';

define('pc-indicator-card', PcIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'pc-indicator-card': PcIndicatorCard;
  }
}
