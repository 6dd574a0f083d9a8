
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007d2d59e8c05f1f': `Hylkää oma muutokseni`,
's1b2a3ca2195bf511': `Muutosta ei voitu tallentaa. Yritä hetken kuluttua uudelleen.`,
's253914e2108907eb': `Tietoja ei voitu ladata. Yritä hetken kuluttua uudelleen.`,
's2ceb11be2290bb1b': `Peruuta`,
's46d1722ca8e1f3e9': `Palvelusta saadut tiedot ovat virheellisiä, joten niitä ei näytetä. Ilmoita asiasta käyttötukeen.`,
's506b80e10959358f': `Näkyvissä on nyt toisen tallentama versio. Muutostasi ei ole vielä tallennettu, mutta se on tallessa.`,
's507c93820e47e5ee': `Tietoja ei löytynyt. Ne on ehkä poistettu, tai sinulla ei ehkä ole oikeutta nähdä niitä.`,
's515bf1c5951a9a20': `Tätä näkymän osaa ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.`,
's6ebc9bd6feae62a3': `Ladataan…`,
's709c0e354392cb03': `Toisen tekemät muutokset:`,
's7208be7738926ffe': `Tallenna oma muutokseni toisen muutosten päälle`,
's869d5eba63be8676': `Istuntosi on päättynyt. Kirjaudu uudelleen ja yritä sitten uudestaan.`,
's87e01014ddda4fa9': `Täytä tämä kenttä.`,
's8eaf214076a0f3df': `Tätä näkymää ei ole yhdistetty tietolähteeseen.`,
's9d7826827d32b1bf': `Muutosta ei voitu tallentaa, koska osa tiedoista on virheellisiä.`,
's9dff241c72f99079': `Tarkista tämä kenttä.`,
'sa4e863fdca67e5d0': `Muutoksesi:`,
'sa7052d957f08b9c4': `Joku muu tallensi muutoksen ensin.`,
'sb060188bb28bfa9f': `Tallennetaan…`,
'sb96054bf9ba85502': `Joku muu tallensi muutoksen ensin`,
'sbc82462e7009c375': `Tähdellä * merkityt kentät ovat pakollisia.`,
'scd1dd6ff53d0d01a': `Yritä uudelleen`,
'sd5dd2c21f9dee471': `Sinulla ei ole oikeutta nähdä näitä tietoja.`,
'sec341ef5332a0046': `Palveluun ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.`,
    };
  