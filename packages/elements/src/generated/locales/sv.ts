
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007d2d59e8c05f1f': `Förkasta min ändring`,
's0ceec3d2f118db42': `Yrkesperson`,
's108d57a98d4bea06': `Skattad av`,
's1b2a3ca2195bf511': `Ändringen kunde inte sparas. Försök igen om en stund.`,
's1db1464f2df1f9a8': `inte skattad`,
's253914e2108907eb': `Uppgifterna kunde inte laddas. Försök igen om en stund.`,
's25d1b97c9c9f4b67': str`${0}: enda skattningen ${1} den ${2}.`,
's2ceb11be2290bb1b': `Avbryt`,
's46d1722ca8e1f3e9': `Uppgifterna från tjänsten är felaktiga och visas därför inte. Meddela användarstödet.`,
's49d67b0048210b9b': `Yrkesperson: streckad linje, kvadrater`,
's506b80e10959358f': `Nu visas den version som den andra personen sparade. Din ändring har inte sparats ännu, men den finns kvar.`,
's507c93820e47e5ee': `Uppgifterna hittades inte. De kan ha tagits bort, eller så har du kanske inte rätt att se dem.`,
's515bf1c5951a9a20': `Den här delen av vyn kunde inte laddas. Kontrollera anslutningen och försök igen.`,
's6021ff950bb697f5': `Inga skattningar ännu.`,
's6ebc9bd6feae62a3': `Laddar…`,
's709c0e354392cb03': `Det här ändrade den andra personen:`,
's7208be7738926ffe': `Spara min ändring ovanpå den andras`,
's869d5eba63be8676': `Din session har gått ut. Logga in på nytt och försök igen.`,
's87e01014ddda4fa9': `Fyll i det här fältet.`,
's8eaf214076a0f3df': `Den här vyn är inte kopplad till någon datakälla.`,
's95eb0bbb41333922': str`${0}: först ${1} den ${2}, senast ${3} den ${4}.`,
's9d7826827d32b1bf': `Ändringen kunde inte sparas eftersom en del uppgifter är felaktiga.`,
's9dff241c72f99079': `Kontrollera det här fältet.`,
'sa4e863fdca67e5d0': `Din ändring:`,
'sa68be12cead85acc': `Klient: heldragen linje, cirklar`,
'sa7052d957f08b9c4': `Någon annan sparade en ändring först.`,
'sac8252732f2edb19': `Datum`,
'sace77a5253c259be': `Klient`,
'sb060188bb28bfa9f': `Sparar…`,
'sb96054bf9ba85502': `Någon annan sparade en ändring först`,
'sbc82462e7009c375': `Fält märkta med * är obligatoriska.`,
'scd1dd6ff53d0d01a': `Försök igen`,
'sd0981e8ab2fbbde4': `Inte skattad ännu.`,
'sd5dd2c21f9dee471': `Du har inte rätt att se de här uppgifterna.`,
'sec341ef5332a0046': `Det går inte att nå tjänsten. Kontrollera nätverksanslutningen och försök igen.`,
'sed1510b77678d3f6': str`${0}: alla skattningar`,
    };
  