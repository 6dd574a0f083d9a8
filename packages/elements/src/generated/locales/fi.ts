
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007d2d59e8c05f1f': `Hylkää oma muutokseni`,
's0ceec3d2f118db42': `Ammattilainen`,
's108d57a98d4bea06': `Arvioija`,
's1b2a3ca2195bf511': `Muutosta ei voitu tallentaa. Yritä hetken kuluttua uudelleen.`,
's1db1464f2df1f9a8': `ei arvioitu`,
's253914e2108907eb': `Tietoja ei voitu ladata. Yritä hetken kuluttua uudelleen.`,
's25d1b97c9c9f4b67': str`${0}: ainoa arvio ${1} ${2}.`,
's2ceb11be2290bb1b': `Peruuta`,
's46d1722ca8e1f3e9': `Palvelusta saadut tiedot ovat virheellisiä, joten niitä ei näytetä. Ilmoita asiasta käyttötukeen.`,
's49d67b0048210b9b': `Ammattilainen: katkoviiva, neliöt`,
's506b80e10959358f': `Näkyvissä on nyt toisen tallentama versio. Muutostasi ei ole vielä tallennettu, mutta se on tallessa.`,
's507c93820e47e5ee': `Tietoja ei löytynyt. Ne on ehkä poistettu, tai sinulla ei ehkä ole oikeutta nähdä niitä.`,
's515bf1c5951a9a20': `Tätä näkymän osaa ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.`,
's6021ff950bb697f5': `Ei vielä arvioita.`,
's6ebc9bd6feae62a3': `Ladataan…`,
's709c0e354392cb03': `Toisen tekemät muutokset:`,
's7208be7738926ffe': `Tallenna oma muutokseni toisen muutosten päälle`,
's869d5eba63be8676': `Istuntosi on päättynyt. Kirjaudu uudelleen ja yritä sitten uudestaan.`,
's87e01014ddda4fa9': `Täytä tämä kenttä.`,
's8eaf214076a0f3df': `Tätä näkymää ei ole yhdistetty tietolähteeseen.`,
's95eb0bbb41333922': str`${0}: ensin ${1} ${2}, viimeksi ${3} ${4}.`,
's9d7826827d32b1bf': `Muutosta ei voitu tallentaa, koska osa tiedoista on virheellisiä.`,
's9dff241c72f99079': `Tarkista tämä kenttä.`,
'sa4e863fdca67e5d0': `Muutoksesi:`,
'sa68be12cead85acc': `Asiakas: yhtenäinen viiva, ympyrät`,
'sa7052d957f08b9c4': `Joku muu tallensi muutoksen ensin.`,
'sac8252732f2edb19': `Päivämäärä`,
'sace77a5253c259be': `Asiakas`,
'sb060188bb28bfa9f': `Tallennetaan…`,
'sb96054bf9ba85502': `Joku muu tallensi muutoksen ensin`,
'sbc82462e7009c375': `Tähdellä * merkityt kentät ovat pakollisia.`,
'scd1dd6ff53d0d01a': `Yritä uudelleen`,
'sd0981e8ab2fbbde4': `Ei vielä arvioitu.`,
'sd5dd2c21f9dee471': `Sinulla ei ole oikeutta nähdä näitä tietoja.`,
'sec341ef5332a0046': `Palveluun ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.`,
'sed1510b77678d3f6': str`${0}: kaikki arviot`,
    };
  