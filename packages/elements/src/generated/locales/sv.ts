
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007d2d59e8c05f1f': `Förkasta min ändring`,
's1b2a3ca2195bf511': `Ändringen kunde inte sparas. Försök igen om en stund.`,
's253914e2108907eb': `Uppgifterna kunde inte laddas. Försök igen om en stund.`,
's2ceb11be2290bb1b': `Avbryt`,
's46d1722ca8e1f3e9': `Uppgifterna från tjänsten är felaktiga och visas därför inte. Meddela användarstödet.`,
's506b80e10959358f': `Nu visas den version som den andra personen sparade. Din ändring har inte sparats ännu, men den finns kvar.`,
's507c93820e47e5ee': `Uppgifterna hittades inte. De kan ha tagits bort, eller så har du kanske inte rätt att se dem.`,
's515bf1c5951a9a20': `Den här delen av vyn kunde inte laddas. Kontrollera anslutningen och försök igen.`,
's6ebc9bd6feae62a3': `Laddar…`,
's709c0e354392cb03': `Det här ändrade den andra personen:`,
's7208be7738926ffe': `Spara min ändring ovanpå den andras`,
's869d5eba63be8676': `Din session har gått ut. Logga in på nytt och försök igen.`,
's87e01014ddda4fa9': `Fyll i det här fältet.`,
's8eaf214076a0f3df': `Den här vyn är inte kopplad till någon datakälla.`,
's9d7826827d32b1bf': `Ändringen kunde inte sparas eftersom en del uppgifter är felaktiga.`,
's9dff241c72f99079': `Kontrollera det här fältet.`,
'sa4e863fdca67e5d0': `Din ändring:`,
'sa7052d957f08b9c4': `Någon annan sparade en ändring först.`,
'sb060188bb28bfa9f': `Sparar…`,
'sb96054bf9ba85502': `Någon annan sparade en ändring först`,
'sbc82462e7009c375': `Fält märkta med * är obligatoriska.`,
'scd1dd6ff53d0d01a': `Försök igen`,
'sd5dd2c21f9dee471': `Du har inte rätt att se de här uppgifterna.`,
'sec341ef5332a0046': `Det går inte att nå tjänsten. Kontrollera nätverksanslutningen och försök igen.`,
    };
  