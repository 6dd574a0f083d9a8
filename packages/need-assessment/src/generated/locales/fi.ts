
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's09205907b5b56cda': `Ei`,
's0a87de8392c19ae9': `Ei vastattu`,
's0f25dc286185f753': `Lomakepohjassa on rakenne, jota tämä lomake ei osaa näyttää.`,
's105c87a957a7a734': str`Vastauksen on oltava vähintään ${0}.`,
's1f9387680d9adf86': str`Kohta ”${0}” on virheellinen.`,
's2531aece1cfa43df': `Tarkista vastauksen muoto.`,
's2976eabb2709bf61': `(pakollinen)`,
's2eb94f91c0f6594f': `Poistettu.`,
's367f4f6fb3221e30': str`Vastaus voi olla enintään ${0}.`,
's4c646afa175c32d3': `Arvioinnin lomakepohjaa ei ole valittu.`,
's4cab533756d5e816': `Yksi vastaus vaatii huomiota.`,
's5ab5c52f9db2d7ad': `Uusi lisättiin.`,
's5bb3a2c4dab36022': `Valitse jokin vaihtoehdoista.`,
's5dacfefb114b5152': str`Poista ${0} (${1})`,
's6523c6adb5434428': `Ladataan arviointia…`,
's687ad1a4eb8c19ad': str`Anna enintään ${0} vastausta.`,
's86194009e9d19431': str`Anna vähintään ${0} vastausta.`,
's947521faf852a95b': str`Kohdan ”${0}” ehdot riippuvat toisistaan kehässä.`,
's9b959e04c3f48260': `Tyhjennä vastaus`,
'sa6167b847bd88522': str`Muoto: ${0}`,
'sa9c5d43e486ca16b': `Lomakepohja on virheellinen.`,
'sadf2ed0a558d1263': `Lomakepohjan ehdot riippuvat toisistaan kehässä.`,
'sb58eb07acd3e1c8d': `Kaikki vastaukset ovat kunnossa.`,
'sc02c3f3e1fb76a14': str`Kohdassa ”${0}” on rakenne, jota tämä lomake ei osaa näyttää.`,
'sc24b28790b38e26a': str`Vastauksessa voi olla enintään ${0} merkkiä.`,
'scaf4c93234d9fd16': `Tätä arviointilomaketta ei voida näyttää:`,
'scb489a1a173ac3f0': `Kyllä`,
'scd1dd6ff53d0d01a': `Yritä uudelleen`,
'se07ad3b12c1105d1': `Vastaus on pakollinen.`,
'se7962c84295d259a': str`${0} vastausta vaatii huomiota.`,
'se7e2a38048244d20': `Muu, mikä`,
'seef0ce71f86fbe92': `Valitse…`,
'sf64004687528e5d1': str`Lisää uusi: ${0}`,
    };
  