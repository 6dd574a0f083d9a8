
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's06d808d02eb59008': `Organisaatio`,
's0e98b6500b12b6f3': `Tarvitaan, kun asiakas kertoi asian suullisesti.`,
's133ec533b4f1daed': `Mitä asiakkaalle kerrottiin seurauksista`,
's1766c0da53a08822': `Peru suostumus`,
's28da828b0482cc88': `Mitkä tiedot`,
's2b29a77ef93597f9': `Päätä lakiin perustuva poikkeus`,
's31e64adbce9a820d': `Rekisteri`,
's3c55257ff3ae94e4': `Organisaatiosi`,
's3e09f042dfbd858d': `Alaikäisen asiakkaan huoltaja`,
's4914a7970ed92c46': `Asiakas pyysi tulostetun kopion`,
's49684719cdaee24d': `Miten`,
's4caed5b7a7e5d89b': `englanti`,
's5d3ffc6c3eb96fe8': `Kuka perää`,
's640a6b03a97a499e': `Asiakas valitsee kielen.`,
's6415ecc385302f8e': `Kuka päättää`,
's7b85984b14e0ee5c': `Yksi asiakirja`,
's85e5d32d581d5295': `Kerro asiakkaalle ennen kuin hän päättää`,
's8a4ff2bd9c13498c': `Kirjaa`,
's98aa11fbb53d881c': `Palvelutehtävä`,
's9f9a472e512aee82': `Tietojen antaminen loppuu annetusta päivästä. Kirjaus ja historia säilyvät.`,
'sa6ab5184d6315895': `Alkaen`,
'sabed2ba49b631d69': `Tietojen antaminen tällä perusteella loppuu annetusta päivästä. Kirjaus ja historia säilyvät.`,
'sac3e294375f62e72': `Miksi (jos henkilö kertoi)`,
'sae185e6af80ec81e': `ruotsi`,
'sb01fdb96e639c348': `Organisaation, tehtävän, rekisterin tai asiakirjan nimi`,
'sb0f57d7a9ba09862': `1–3 tietoryhmää, yksi kullekin riville.`,
'sbb14a9bc243b488f': `Lomakkeen kieli`,
'sc00223b53ceea879': `Edustajan nimi`,
'sc0db248f86bb76c6': `pohjoissaame`,
'sc2b9d5094929c1e3': `Organisaatio (rekisterinpitäjä)`,
'sc50f0d3f35cfa6b6': `Organisaatiot, jotka saavat tiedot`,
'sc84cf631a3127930': `Miten informointi annettiin`,
'sc98b103772de63f4': `suomi`,
'scdf93aa54779a61b': `Huoltajan nimi`,
'sd42a3b45828559a4': `Tarkoitus sanoin`,
'sd93284ba8795a0e0': `Yksi organisaatio kullekin riville.`,
'sd932a4d8558f488c': `Mitä kielto koskee`,
'sece29843da5c1d91': `Viranomainen`,
'sfc1b651660423751': `Jätä tyhjäksi, jos lupa on voimassa toistaiseksi.`,
};
