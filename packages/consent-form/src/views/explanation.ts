import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ConsentInstrument } from '@saumaton/core';

/**
 * What the choice means, in plain words for the client, before they commit: what a consent to
 * data sharing lets move and where, what a denial does not stop, and that every consent can be
 * revoked the same way it was given.
 */
export function explanationSentences(instrument: ConsentInstrument, crossSector: boolean): string[] {
  switch (instrument) {
    case 'disclosure-permit':
      return [
        msg(
          'If you say yes, your information can be given to the organisations named here, for the purpose named here.',
        ),
        ...(crossSector
          ? [msg('Only the kinds of information named here move between social care and health care.')]
          : []),
        msg('It is your choice. If you say no, you still get the services you need.'),
        msg('The consent is valid until further notice, unless an end date is given.'),
        msg('You can revoke it at any time, the same way you gave it.'),
      ];
    case 'disclosure-prohibition':
      return [
        msg('If you forbid it, your information is not given to the organisation or for the task named here.'),
        msg(
          'It does not stop information moving between the wellbeing services county and the service producers it uses for your services, such as service voucher or purchased service producers.',
        ),
        msg('It does not stop information being given when the law requires it.'),
        msg(
          'The professionals who do not see your information may not know everything important about you. Think about this before you decide.',
        ),
        msg('You can revoke it at any time, the same way you gave it.'),
      ];
    case 'case-consent':
      return [
        msg('You are asked about the one thing named here. You can say yes or no.'),
        msg('The professionals tell you what your answer means for your services.'),
        msg('If you say yes, you can revoke it at any time, the same way you gave it.'),
      ];
  }
}

/** The explanation as a block, under its heading. */
export function explanation(
  id: string,
  heading: string,
  instrument: ConsentInstrument,
  crossSector: boolean,
): TemplateResult {
  return html`<section class="explanation" aria-labelledby=${id}>
    <p id=${id} class="lead">${heading}</p>
    <ul>
      ${explanationSentences(instrument, crossSector).map((s) => html`<li>${s}</li>`)}
    </ul>
  </section>`;
}
