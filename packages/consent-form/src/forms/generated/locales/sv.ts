
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's06d808d02eb59008': `En organisation`,
's0e98b6500b12b6f3': `Behövs när klienten sade det muntligt.`,
's133ec533b4f1daed': `Vad klienten fick veta om följderna`,
's1766c0da53a08822': `Återkalla samtycket`,
's28da828b0482cc88': `Vilka uppgifter`,
's2b29a77ef93597f9': `Avsluta det lagstadgade undantaget`,
's31e64adbce9a820d': `Ett register`,
's3c55257ff3ae94e4': `Din organisation`,
's3e09f042dfbd858d': `Vårdnadshavaren till en minderårig klient`,
's4914a7970ed92c46': `Klienten bad om en utskrift`,
's49684719cdaee24d': `Hur`,
's4caed5b7a7e5d89b': `engelska`,
's5d3ffc6c3eb96fe8': `Vem återkallar`,
's640a6b03a97a499e': `Klienten väljer språket.`,
's6415ecc385302f8e': `Vem beslutar`,
's7b85984b14e0ee5c': `En enskild handling`,
's85e5d32d581d5295': `Berätta för klienten innan hen bestämmer sig`,
's8a4ff2bd9c13498c': `Registrera`,
's98aa11fbb53d881c': `Ett serviceuppdrag`,
's9f9a472e512aee82': `Utlämnandet upphör från den dag som anges. Registreringen och historiken finns kvar.`,
'sa6ab5184d6315895': `Från och med`,
'sabed2ba49b631d69': `Utlämnandet på denna grund upphör från den dag som anges. Registreringen och historiken finns kvar.`,
'sac3e294375f62e72': `Varför (om personen sade det)`,
'sae185e6af80ec81e': `svenska`,
'sb01fdb96e639c348': `Namn på organisationen, uppdraget, registret eller handlingen`,
'sb0f57d7a9ba09862': `1–3 slag, ett per rad.`,
'sbb14a9bc243b488f': `Blankettens språk`,
'sc00223b53ceea879': `Företrädarens namn`,
'sc0db248f86bb76c6': `nordsamiska`,
'sc2b9d5094929c1e3': `En organisation (personuppgiftsansvarig)`,
'sc50f0d3f35cfa6b6': `Organisationer som får ta emot uppgifterna`,
'sc84cf631a3127930': `Hur informationen gavs`,
'sc98b103772de63f4': `finska`,
'scdf93aa54779a61b': `Vårdnadshavarens namn`,
'sd42a3b45828559a4': `Ändamålet med egna ord`,
'sd93284ba8795a0e0': `En organisation per rad.`,
'sd932a4d8558f488c': `Vad förbudet gäller`,
'sece29843da5c1d91': `Myndigheten`,
'sfc1b651660423751': `Lämna tomt om tillståndet gäller tills vidare.`,
};
