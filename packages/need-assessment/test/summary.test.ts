import { expect } from '@open-wc/testing';
import type { Assessment, AssessmentTemplate } from '@saumaton/core';
import { exampleAssessment, exampleClient, exampleOrganizations } from '@saumaton/core/examples';
import { parseQuestionnaire, type Questionnaire } from '@saumaton/questionnaire';
import { recordStyles } from '../src/record-styles.js';
import { SUMMARY_LANGUAGES, summaryLanguage, summaryText } from '../src/summary-text.js';
import { summaryView, type SummaryData } from '../src/views/summary.js';
import { expectNoOverflow, inLocale, mount, text, unmountAll, type Mounted } from './record-fixtures.js';

let template: Questionnaire;
before(async () => {
  const url = new URL('../../questionnaire/templates/service-need-assessment.json', import.meta.url);
  template = parseQuestionnaire((await (await fetch(url)).json()) as AssessmentTemplate);
});

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const coding = (system: string, code: string) => ({
  valueCoding: { system: `https://saumaton.fi/fhir/CodeSystem/${system}`, code },
});

/** A completed assessment of a child's family: answers of every kind, one disabled, one hostile. */
const completed: Assessment = {
  id: 'assessment-family',
  clientId: exampleClient.id,
  template: { id: 'saumaton-service-need-assessment' },
  status: 'completed',
  initiation: {
    triggerDate: '2026-03-03',
    triggerKind: 'contact',
    grounds: ['child-special-support'],
    initiatedBy: { kind: 'client' },
  },
  answers: [
    {
      linkId: 'support-needs',
      item: [
        {
          linkId: 'support-need-categories',
          answer: [coding('support-need', 'housing'), coding('support-need', 'child-development')],
        },
        { linkId: 'need-nature', answer: [coding('need-nature', 'recurring')] },
      ],
    },
    { linkId: 'functional-capacity', item: [{ linkId: 'fc-daily', answer: [{ valueString: `Arki sujuu. ${XSS}` }] }] },
    { linkId: 'strengths', answer: [{ valueString: 'Hyvä suhde äitiin.\nHakee itse apua.' }] },
    {
      linkId: 'children',
      item: [
        { linkId: 'children-in-care', answer: [{ valueBoolean: false }] },
        // Left over from before the answer above changed: disabled, so never shown.
        { linkId: 'children-situation', answer: [{ valueString: 'EI NÄY YHTEENVEDOSSA' }] },
      ],
    },
    { linkId: 'client-plan', item: [{ linkId: 'client-plan-made', answer: [{ valueBoolean: true }] }] },
  ],
  clientView: { kind: 'given', text: 'Haluan, että lapsi saa tukea koulussa.' },
  completedAt: '2026-05-20T09:30:00+03:00',
};

const data = (language: string, extra: Partial<SummaryData> = {}): SummaryData => ({
  assessment: completed,
  questionnaire: template,
  language,
  clientName: 'Aino Mäkelä',
  organization: exampleOrganizations.county.name,
  ...extra,
});

const facts = (m: Mounted) => m.$$('.summary > .facts > div').map(text);
const pairs = (m: Mounted) =>
  m.$$('.answers > div').map((d) => `${text(d.querySelector('dt'))} = ${text(d.querySelector('dd'))}`);
const headings = (m: Mounted) => m.$$('h2, h3, h4, h5, h6').map((h) => `${h.localName} ${text(h)}`);

describe('summaryView: the client’s summary, in the client’s language', () => {
  afterEach(unmountAll);

  it('in English: plain words, the answers in words in document order, groups as subheadings', async () => {
    const m = mount(summaryView(data('en')));
    expect(m.$('.summary').getAttribute('lang')).to.equal('en');
    expect(facts(m)).to.deep.equal([
      'Name Aino Mäkelä',
      'The assessment was completed 20 May 2026',
      `The assessment was made by ${exampleOrganizations.county.name}`,
      'The assessment started 3 March 2026',
    ]);
    expect(headings(m)).to.deep.equal([
      'h2 Summary of your service needs assessment',
      'h3 Why the assessment was made this way',
      'h4 Deadlines',
      'h3 What was written down in the assessment',
      'h4 Support needs',
      'h4 Functional capacity',
      "h4 Children in the client's care",
      'h4 Client plan',
      'h3 Your own view',
      'h3 What happens next',
    ]);
    expect(pairs(m)).to.deep.equal([
      "The client's support needs = Housing and A child's or young person's balanced development and wellbeing",
      'Nature of the support need = Recurring',
      `Coping with daily life = Arki sujuu. ${XSS}`,
      "The client's strengths and resources = Hyvä suhde äitiin. Hakee itse apua.",
      "There are children in the client's care = No",
      'A client plan is made = Yes',
    ]);
    expect(m.$$('.summary > section')[0]!.querySelectorAll('li').length).to.equal(3);
    expect(text(m.$$('.summary > section')[0])).to.contain('The child needs special support.');
    expect(text(m.$$('.summary > section')[0])).to.contain(
      'The assessment had to be completed by 3 June 2026. It was completed on time.',
    );
    expect(text(m.$$('.summary > section')[2])).to.equal(
      'Your own view You gave your own view: Haluan, että lapsi saa tukea koulussa.',
    );
    expect(text(m.$$('.summary > section')[3])).to.contain('a client plan is made together with you');
    await expect(m.host).to.be.accessible();
  });

  it('leaves out what is unanswered and what is disabled', () => {
    const m = mount(summaryView(data('en')));
    const all = text(m.container);
    expect(all).not.to.contain('EI NÄY YHTEENVEDOSSA');
    expect(all).not.to.contain('The children’s situation');
    expect(all).not.to.contain('Physical functional capacity');
    expect(all).not.to.contain('Views of others');
    expect(m.$$('.summary h4').map(text)).not.to.include('Views of others');
  });

  it('shows a hostile answer as text, never as markup', () => {
    const m = mount(summaryView(data('en')));
    expect(m.$$('img, script').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(text(m.container)).to.contain(XSS);
  });

  it('in Finnish and in Swedish from the same assessment: the template’s own translations, dates of that language', async () => {
    const fi = mount(summaryView(data('fi')));
    expect(fi.$('.summary').getAttribute('lang')).to.equal('fi');
    expect(text(fi.$('h2'))).to.equal('Yhteenveto palvelutarpeesi arvioinnista');
    expect(facts(fi)[1]).to.equal('Arviointi valmistui 20. toukokuuta 2026');
    expect(pairs(fi)).to.deep.equal([
      'Asiakkaan tuen tarpeet = Asuminen ja Lapsen tai nuoren tasapainoinen kehitys ja hyvinvointi',
      'Tuen tarpeen luonne = Toistuva',
      `Arjessa selviytyminen = Arki sujuu. ${XSS}`,
      'Asiakkaan vahvuudet ja voimavarat = Hyvä suhde äitiin. Hakee itse apua.',
      'Asiakkaan hoidossa tai huolenpidossa on lapsia = Ei',
      'Asiakassuunnitelma laaditaan = Kyllä',
    ]);
    await expect(fi.host).to.be.accessible();

    const sv = mount(summaryView(data('sv')));
    expect(sv.$('.summary').getAttribute('lang')).to.equal('sv');
    expect(text(sv.$('h2'))).to.equal('Sammanfattning av bedömningen av ditt servicebehov');
    expect(facts(sv)[1]).to.equal('Bedömningen blev klar 20 maj 2026');
    expect(pairs(sv)).to.deep.equal([
      'Klientens stödbehov = Boende och Ett barns eller en ung persons balanserade utveckling och välfärd',
      'Stödbehovets art = Återkommande',
      `Att klara vardagen = Arki sujuu. ${XSS}`,
      'Klientens styrkor och resurser = Hyvä suhde äitiin. Hakee itse apua.',
      'Klienten vårdar eller har omsorg om barn = Nej',
      'En klientplan utarbetas = Ja',
    ]);
    expect(text(sv.$$('.summary > section')[3])).to.contain('klientplan');
    await expect(sv.host).to.be.accessible();
  });

  it('follows the client’s language, not the page’s', async () => {
    await inLocale('fi');
    const m = mount(summaryView(data('sv-FI')));
    expect(m.$('.summary').getAttribute('lang')).to.equal('sv');
    expect(text(m.$('h2'))).to.equal('Sammanfattning av bedömningen av ditt servicebehov');
    await expect(m.host).to.be.accessible();
  });

  it('takes any other language of service as Finnish', () => {
    expect(summaryLanguage('se')).to.equal('fi');
    expect(summaryLanguage('')).to.equal('fi');
    expect(summaryLanguage(undefined)).to.equal('fi');
    expect(summaryLanguage('EN-gb')).to.equal('en');
    const m = mount(summaryView(data('de')));
    expect(m.$('.summary').getAttribute('lang')).to.equal('fi');
    expect(text(m.$('h2'))).to.equal('Yhteenveto palvelutarpeesi arvioinnista');
  });

  it('an assessment in progress: not yet completed, no deadline to meet, its answers so far (the example)', async () => {
    const m = mount(
      summaryView({
        assessment: exampleAssessment,
        questionnaire: template,
        language: 'en',
        clientName: 'Aino Mäkelä',
      }),
    );
    expect(facts(m)).to.deep.equal(['Name Aino Mäkelä', 'The assessment started 23 November 2026']);
    expect(text(m.container)).to.contain('The assessment is not yet completed.');
    expect(text(m.$$('.summary > section')[0])).to.contain('The law gives no exact deadline for this assessment.');
    expect(pairs(m)).to.deep.equal([
      "The client's support needs = Housing, Financial support and Substance use, mental health, illness, disability or ageing",
      'Nature of the support need = Recurring',
      'Coping with daily life = Arki sujuu kotipalvelun tuella. Laskujen maksaminen ja asiointi virastoissa jäävät usein tekemättä.',
      "The client's strengths and resources = Hyvä suhde äitiin; työkokeilu on innostanut; hakee itse apua.",
    ]);
    expect(text(m.$$('.summary > section')[2])).to.equal('Your own view Your own view has not been written down yet.');
    await expect(m.host).to.be.accessible();
  });

  it('says that the client’s view could not be obtained, and why', () => {
    const m = mount(
      summaryView(
        data('fi', {
          assessment: {
            ...completed,
            clientView: { kind: 'obstacle', reason: 'Asiakas oli sairaalassa tajuttomana.' },
          },
        }),
      ),
    );
    expect(text(m.$$('.summary > section')[2])).to.equal(
      'Oma näkemyksesi Omaa näkemystäsi ei voitu selvittää. Syy: Asiakas oli sairaalassa tajuttomana.',
    );
  });

  it('says when the completion deadline was missed, and that a stopped assessment was stopped', () => {
    let m = mount(summaryView(data('en', { assessment: { ...completed, completedAt: '2026-06-12' } })));
    expect(text(m.$$('.summary > section')[0])).to.contain('It was completed late.');
    m = mount(summaryView(data('en', { assessment: { ...completed, status: 'stopped', stoppedReason: 'Muutti.' } })));
    expect(text(m.container)).to.contain('The assessment was stopped before it was completed.');
    expect(facts(m).join(' ')).not.to.contain('completed');
  });

  it('shows what matches when the answers do not fit the template, and never throws', () => {
    const odd: Assessment = {
      ...completed,
      answers: [
        { linkId: 'strengths', answer: [{ valueString: 'Sinnikäs.' }] },
        { linkId: 'no-such-item', answer: [{ valueString: 'Ei mallissa.' }] },
      ],
    };
    const m = mount(summaryView(data('en', { assessment: odd })));
    expect(pairs(m)).to.deep.equal(["The client's strengths and resources = Sinnikäs."]);
  });

  it('fits 320 px', () => {
    expectNoOverflow(mount(summaryView(data('sv')), '320px'));
  });

  it('prints only the summary: what the widget marks no-print and every button are hidden, black on white', () => {
    const m = mount(summaryView(data('en')));
    const sheet = m.root.adoptedStyleSheets.at(-1) ?? [...m.root.styleSheets].at(-1);
    const rules = [...(sheet?.cssRules ?? [])];
    const print = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(print, 'an @media print rule').to.not.equal(undefined);
    const hidden = [...print!.cssRules].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('.no-print'),
    );
    expect(hidden!.selectorText.split(',').map((s) => s.trim())).to.have.members(['.no-print', 'button']);
    expect(hidden!.style.getPropertyValue('display')).to.equal('none');
    expect(hidden!.style.getPropertyPriority('display')).to.equal('important');
    expect(recordStyles.cssText).to.contain('@media print');
  });
});

describe('summary-text: the summary’s own words', () => {
  it('has the same keys in Finnish, Swedish and English', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    const en = shape(summaryText.en);
    for (const language of SUMMARY_LANGUAGES) expect(shape(summaryText[language]), language).to.deep.equal(en);
  });

  it('is really translated: every Finnish and Swedish text differs from the English one', () => {
    const flat = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'function'
        ? [[path, (value as (d: string) => string)('1.1.2026')]]
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k))
          : [[path, value as string]];
    const en = new Map(flat(summaryText.en));
    for (const language of ['fi', 'sv'] as const) {
      for (const [key, value] of flat(summaryText[language])) {
        expect(value, `${language}.${key}`).to.not.equal(en.get(key));
        expect(value.trim(), `${language}.${key}`).to.not.equal('');
      }
    }
  });
});
