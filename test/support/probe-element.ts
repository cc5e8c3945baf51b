// A minimal PcElement subclass for testing the shared behaviour (loading, errors, locale, events).
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PcElement, type SelectResult } from '../../src/internal/pc-element.js';
import type { Catalogue } from '../../src/i18n/strings.js';
import type { PcDocument, Programme } from '../../src/schema/types.js';
import { findProgramme } from '../../src/lib/lookup.js';
import { formatNumber } from '../../src/lib/format.js';
import { define } from '../../src/internal/define.js';

export class PcTestProbe extends PcElement<Programme> {
  @property() programme?: string;
  protected readonly catalogue: Catalogue = {
    nl: { 'probe.goals': '{count} doelen' },
    en: { 'probe.goals': '{count} goals' },
  };
  protected readonly selectionKeys = ['programme'] as const;
  renders = 0;

  protected select(doc: PcDocument): SelectResult<Programme> {
    if (!this.programme) return this.missingAttribute('programme', 'programme');
    const programme = findProgramme(doc, this.programme);
    return programme ? { selection: programme } : this.unknownId('programme', 'programme', this.programme);
  }

  protected renderContent(programme: Programme) {
    this.renders += 1;
    const balance = programme.finance?.actual?.balance;
    return html`<p class="title">${programme.title}</p>
      <p class="goals">${this.t('probe.goals', { count: programme.goals.length })}</p>
      <p class="balance">${formatNumber(balance, this.locale)}</p>`;
  }
}
define('pc-test-probe', PcTestProbe);
