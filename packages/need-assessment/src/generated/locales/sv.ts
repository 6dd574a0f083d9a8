
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's09205907b5b56cda': `Nej`,
's0a87de8392c19ae9': `Inte besvarad`,
's0f25dc286185f753': `Blankettmallen har en struktur som den här blanketten inte kan visa.`,
's105c87a957a7a734': str`Svaret måste vara minst ${0}.`,
's1f9387680d9adf86': str`Punkten ”${0}” är felaktig.`,
's2531aece1cfa43df': `Kontrollera svarets format.`,
's2976eabb2709bf61': `(obligatorisk)`,
's2eb94f91c0f6594f': `Borttagen.`,
's367f4f6fb3221e30': str`Svaret får vara högst ${0}.`,
's4c646afa175c32d3': `Ingen mall för bedömningen har valts.`,
's4cab533756d5e816': `Ett svar behöver åtgärdas.`,
's5ab5c52f9db2d7ad': `En ny lades till.`,
's5bb3a2c4dab36022': `Välj ett av alternativen.`,
's5dacfefb114b5152': str`Ta bort ${0} (${1})`,
's6523c6adb5434428': `Bedömningen laddas…`,
's687ad1a4eb8c19ad': str`Ge högst ${0} svar.`,
's86194009e9d19431': str`Ge minst ${0} svar.`,
's947521faf852a95b': str`Villkoren för punkten ”${0}” beror av varandra i en cirkel.`,
's9b959e04c3f48260': `Töm svaret`,
'sa6167b847bd88522': str`Format: ${0}`,
'sa9c5d43e486ca16b': `Blankettmallen är felaktig.`,
'sadf2ed0a558d1263': `Blankettmallens villkor beror av varandra i en cirkel.`,
'sb58eb07acd3e1c8d': `Alla svar är i ordning.`,
'sc02c3f3e1fb76a14': str`Punkten ”${0}” har en struktur som den här blanketten inte kan visa.`,
'sc24b28790b38e26a': str`Svaret får vara högst ${0} tecken långt.`,
'scaf4c93234d9fd16': `Den här bedömningsblanketten kan inte visas:`,
'scb489a1a173ac3f0': `Ja`,
'scd1dd6ff53d0d01a': `Försök igen`,
'se07ad3b12c1105d1': `Ett svar krävs.`,
'se7962c84295d259a': str`${0} svar behöver åtgärdas.`,
'se7e2a38048244d20': `Annat, vad`,
'seef0ce71f86fbe92': `Välj…`,
'sf64004687528e5d1': str`Lägg till en till: ${0}`,
    };
  