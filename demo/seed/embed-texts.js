// Bodies of the front-channel embeds (what the service platform serves at
// /embeds/{dialogId}/main and /embeds/{dialogId}/transmissions/{id}).

import { t } from './texts.js';

export const TAX_RETURN_MAIN = t(
  `## Skattemeldingen for 2025

Vi har fylt ut skattemeldingen din med opplysninger fra arbeidsgiver, bank og andre. **Du må kontrollere** at opplysningene stemmer.

### Dette bør du sjekke

- Reiser mellom hjem og arbeid
- Fradrag for gaver til frivillige organisasjoner
- Utleie av bolig eller fritidsbolig
- Gjeld og renter hvis du har lån sammen med andre

### Foreløpig beregning

| Post | Beløp |
| --- | ---: |
| Alminnelig inntekt | 612 400 kr |
| Beregnet skatt | 168 905 kr |
| Forskuddstrekk | 173 217 kr |
| **Til gode** | **4 312 kr** |

Har du ingen endringer, trenger du ikke gjøre noe før fristen. Les mer på [skatteetaten.no](https://www.skatteetaten.no/person/skatt/skattemelding/).

Referansenummeret ditt er \`SKM-2025-0412-7731\`.`,
  `## Skattemeldinga for 2025

Vi har fylt ut skattemeldinga di med opplysningar frå arbeidsgivar, bank og andre. **Du må kontrollere** at opplysningane stemmer.

### Dette bør du sjekke

- Reiser mellom heim og arbeid
- Frådrag for gåver til frivillige organisasjonar
- Utleige av bustad eller fritidsbustad
- Gjeld og renter dersom du har lån saman med andre

### Førebels utrekning

| Post | Beløp |
| --- | ---: |
| Alminneleg inntekt | 612 400 kr |
| Utrekna skatt | 168 905 kr |
| Forskotstrekk | 173 217 kr |
| **Til gode** | **4 312 kr** |

Har du ingen endringar, treng du ikkje gjere noko før fristen. Les meir på [skatteetaten.no](https://www.skatteetaten.no/nn/person/skatt/skattemelding/).

Referansenummeret ditt er \`SKM-2025-0412-7731\`.`,
  `## Your 2025 tax return

We have filled in your tax return with information from your employer, bank and others. **You must check** that the information is correct.

### Things to check

- Travel between home and work
- Deductions for gifts to voluntary organisations
- Renting out a home or holiday home
- Debt and interest if you share a loan with others

### Preliminary calculation

| Item | Amount |
| --- | ---: |
| Ordinary income | NOK 612,400 |
| Calculated tax | NOK 168,905 |
| Tax deducted in advance | NOK 173,217 |
| **Refund** | **NOK 4,312** |

If you have no changes, you do not need to do anything before the deadline. Read more at [skatteetaten.no](https://www.skatteetaten.no/en/person/taxes/tax-return/).

Your reference number is \`SKM-2025-0412-7731\`.`,
);

export const UNEMPLOYMENT_DECISION = t(
  `### Vedtak om dagpenger

Du har rett til dagpenger fra **3. mars 2026**.

1. Dagpengegrunnlaget ditt er 498 000 kroner.
2. Du får utbetalt 1 916 kroner per dag, fem dager i uken.
3. Perioden varer i inntil 104 uker.

> Husk å sende meldekort hver 14. dag. Hvis du ikke sender meldekort, stopper utbetalingen.

Du kan klage på vedtaket innen seks uker. Se [nav.no/klage](https://www.nav.no/klage).`,
  `### Vedtak om dagpengar

Du har rett til dagpengar frå **3. mars 2026**.

1. Dagpengegrunnlaget ditt er 498 000 kroner.
2. Du får utbetalt 1 916 kroner per dag, fem dagar i veka.
3. Perioden varer i inntil 104 veker.

> Hugs å sende meldekort kvar 14. dag. Viss du ikkje sender meldekort, stoppar utbetalinga.

Du kan klage på vedtaket innan seks veker. Sjå [nav.no/klage](https://www.nav.no/klage).`,
  `### Decision on unemployment benefit

You are entitled to unemployment benefit from **3 March 2026**.

1. Your benefit basis is NOK 498,000.
2. You will be paid NOK 1,916 per day, five days a week.
3. The period lasts up to 104 weeks.

> Remember to send your employment status form every 14 days. If you do not, payments stop.

You can appeal the decision within six weeks. See [nav.no/klage](https://www.nav.no/klage).`,
);

export const BUILDING_DEFICIENCY_LETTER = t(
  `## Mangelbrev – sak 202512345

For å behandle søknaden trenger vi:

- Situasjonsplan i målestokk 1:500
- Fasadetegninger som viser **eksisterende og ny** fasade
- Nabovarsel med kvittering

Send dokumentasjonen innen **14 dager**. Fristen for saksbehandling stopper til vi har mottatt alt.`,
  `## Manglebrev – sak 202512345

For å handsame søknaden treng vi:

- Situasjonsplan i målestokk 1:500
- Fasadeteikningar som viser **eksisterande og ny** fasade
- Nabovarsel med kvittering

Send dokumentasjonen innan **14 dagar**. Fristen for sakshandsaming stoppar til vi har fått alt.`,
  `## Request for missing documents – case 202512345

To process the application we need:

- Site plan at a scale of 1:500
- Elevation drawings showing the **existing and new** facade
- Notice to neighbours with receipt

Send the documents within **14 days**. The processing deadline is paused until we have received everything.`,
);

export const HOUSING_ALLOWANCE_HTML = t(
  `<h2>Vedtak om bostøtte for mars 2026</h2>
<p>Du får <strong>3 214 kroner</strong> i bostøtte for mars. Pengene blir utbetalt <em>20. mars</em>.</p>
<table>
  <thead><tr><th>Grunnlag</th><th>Beløp</th></tr></thead>
  <tbody>
    <tr><td>Boutgifter</td><td>11 900 kr</td></tr>
    <tr><td>Inntekt i husstanden</td><td>24 150 kr</td></tr>
  </tbody>
</table>
<p>Har inntekten din endret seg? <a href="https://www.husbanken.no/bostotte/">Meld fra til Husbanken</a>.</p>`,
  `<h2>Vedtak om bustøtte for mars 2026</h2>
<p>Du får <strong>3 214 kroner</strong> i bustøtte for mars. Pengane blir utbetalte <em>20. mars</em>.</p>
<table>
  <thead><tr><th>Grunnlag</th><th>Beløp</th></tr></thead>
  <tbody>
    <tr><td>Buutgifter</td><td>11 900 kr</td></tr>
    <tr><td>Inntekt i hushaldet</td><td>24 150 kr</td></tr>
  </tbody>
</table>
<p>Har inntekta di endra seg? <a href="https://www.husbanken.no/bostotte/">Meld frå til Husbanken</a>.</p>`,
  `<h2>Housing allowance decision for March 2026</h2>
<p>You will receive <strong>NOK 3,214</strong> in housing allowance for March, paid on <em>20 March</em>.</p>
<table>
  <thead><tr><th>Basis</th><th>Amount</th></tr></thead>
  <tbody>
    <tr><td>Housing costs</td><td>NOK 11,900</td></tr>
    <tr><td>Household income</td><td>NOK 24,150</td></tr>
  </tbody>
</table>
<p>Has your income changed? <a href="https://www.husbanken.no/bostotte/">Let Husbanken know</a>.</p>`,
);

// Harmless, but hostile-looking: a front end must sanitise all of this away.
export const HOSTILE_MARKDOWN = t(
  `## Test av sikker visning

Denne teksten inneholder kode som **ikke** skal kjøres.

<script>alert('xss fra innebygd innhold')</script>

<img src="x" onerror="alert('onerror')">

[Klikk her for å vinne](javascript:alert('lenke'))

<iframe src="https://example.com"></iframe>

<a href="https://www.digdir.no" onclick="alert('klikk')" style="color:red">Vanlig lenke til digdir.no</a>

Vanlig tekst skal fortsatt vises, også \`<b>kode</b>\` i kodeblokker:

\`\`\`html
<script>alert("dette er bare tekst")</script>
\`\`\``,
  `## Test av trygg vising

Denne teksten inneheld kode som **ikkje** skal køyrast.

<script>alert('xss frå innebygd innhald')</script>

<img src="x" onerror="alert('onerror')">

[Klikk her for å vinne](javascript:alert('lenke'))

<iframe src="https://example.com"></iframe>

<a href="https://www.digdir.no" onclick="alert('klikk')" style="color:red">Vanleg lenkje til digdir.no</a>

Vanleg tekst skal framleis visast, også \`<b>kode</b>\` i kodeblokker:

\`\`\`html
<script>alert("dette er berre tekst")</script>
\`\`\``,
  `## Safe rendering test

This text contains code that must **not** run.

<script>alert('xss from embedded content')</script>

<img src="x" onerror="alert('onerror')">

[Click here to win](javascript:alert('link'))

<iframe src="https://example.com"></iframe>

<a href="https://www.digdir.no" onclick="alert('click')" style="color:red">Ordinary link to digdir.no</a>

Ordinary text must still show, including \`<b>code</b>\` in code blocks:

\`\`\`html
<script>alert("this is just text")</script>
\`\`\``,
);

export const EMPTY = t('', '', '');

export const COMPANY_REGISTRATION_LEGACY = t(
  `### Endringen er registrert

Foretaksregisteret har registrert følgende endring for **FJORDVIK BAKERI OG KAFE AS**:

- Ny daglig leder: Ingrid Fjeldstad Haugen
- Ny forretningsadresse: Strandgata 4, 6899 Fjordvik

Endringen er kunngjort på [w2.brreg.no/kunngjoring](https://w2.brreg.no/kunngjoring/).`,
  `### Endringa er registrert

Føretaksregisteret har registrert følgjande endring for **FJORDVIK BAKERI OG KAFE AS**:

- Ny dagleg leiar: Ingrid Fjeldstad Haugen
- Ny forretningsadresse: Strandgata 4, 6899 Fjordvik

Endringa er kunngjord på [w2.brreg.no/kunngjoring](https://w2.brreg.no/kunngjoring/).`,
  `### The change has been registered

The Register of Business Enterprises has registered the following change for **FJORDVIK BAKERI OG KAFE AS**:

- New general manager: Ingrid Fjeldstad Haugen
- New business address: Strandgata 4, 6899 Fjordvik

The change has been announced at [w2.brreg.no/kunngjoring](https://w2.brreg.no/kunngjoring/).`,
);

export const REPAYMENT_PLAN = t(
  `## Betalingsplan for 2026

Du betaler ned studielånet ditt med **12 terminer** i året.

| Termin | Forfall | Beløp |
| --- | --- | ---: |
| Januar | 15.01.2026 | 2 418 kr |
| Februar | 15.02.2026 | 2 418 kr |
| Mars | 15.03.2026 | 2 418 kr |

Restgjeld per 1. januar: 287 560 kr. Renten er flytende, for tiden 5,303 %.

Har du lav inntekt, kan du søke om [betalingsutsettelse](https://lanekassen.no/).`,
  `## Betalingsplan for 2026

Du betaler ned studielånet ditt med **12 terminar** i året.

| Termin | Forfall | Beløp |
| --- | --- | ---: |
| Januar | 15.01.2026 | 2 418 kr |
| Februar | 15.02.2026 | 2 418 kr |
| Mars | 15.03.2026 | 2 418 kr |

Restgjeld per 1. januar: 287 560 kr. Renta er flytande, for tida 5,303 %.

Har du låg inntekt, kan du søkje om [betalingsutsetjing](https://lanekassen.no/).`,
  `## Repayment plan for 2026

You repay your student loan in **12 instalments** a year.

| Instalment | Due | Amount |
| --- | --- | ---: |
| January | 15.01.2026 | NOK 2,418 |
| February | 15.02.2026 | NOK 2,418 |
| March | 15.03.2026 | NOK 2,418 |

Outstanding balance at 1 January: NOK 287,560. The floating interest rate is currently 5.303%.

If your income is low, you can apply for [deferment of payment](https://lanekassen.no/en/).`,
);

export const LICENCE_DECISION = t(
  `## Vedtak: Utvidet skjenkebevilling

Formannskapet i Fjordvik kommune har **innvilget** søknaden om utvidet skjenketid.

- Gjelder: Fjordvik Bakeri og Kafe, Strandgata 4
- Skjenketid ute: til kl. 23.00 fra 1. mai til 30. september
- Vilkår: Uteserveringen skal være avgrenset og oversiktlig

Vedtaket kan påklages til statsforvalteren innen tre uker.`,
  `## Vedtak: Utvida skjenkeløyve

Formannskapet i Fjordvik kommune har **innvilga** søknaden om utvida skjenketid.

- Gjeld: Fjordvik Bakeri og Kafe, Strandgata 4
- Skjenketid ute: til kl. 23.00 frå 1. mai til 30. september
- Vilkår: Uteserveringa skal vere avgrensa og oversiktleg

Vedtaket kan klagast inn til statsforvaltaren innan tre veker.`,
  `## Decision: Extended alcohol licence

The executive committee of Fjordvik Municipality has **granted** the application for extended serving hours.

- Applies to: Fjordvik Bakeri og Kafe, Strandgata 4
- Outdoor serving: until 11 pm from 1 May to 30 September
- Condition: The outdoor area must be clearly delimited

The decision can be appealed to the County Governor within three weeks.`,
);

export const HOME_CARE_NB_ONLY = t(
  `## Vedtak om hjemmetjenester

Olav Haugen får **praktisk bistand** to ganger i uken og **trygghetsalarm** fra 1. april.

Ta kontakt med tjenestekontoret på telefon 57 00 12 34 hvis behovet endrer seg.`,
);

export const INSPECTION_REPORT = t(
  `## Tilsynsrapport

Arbeidstilsynet gjennomførte tilsyn ved virksomheten 4. mars 2026. Vi fant **to brudd** på arbeidsmiljøloven:

1. Det mangler skriftlig risikovurdering for arbeid ved bakerovnene.
2. Arbeidstidsordningen er ikke dokumentert for deltidsansatte.

Varsel om pålegg følger som eget brev.`,
  `## Tilsynsrapport

Arbeidstilsynet gjennomførte tilsyn ved verksemda 4. mars 2026. Vi fann **to brot** på arbeidsmiljølova:

1. Det manglar skriftleg risikovurdering for arbeid ved bakaromnane.
2. Arbeidstidsordninga er ikkje dokumentert for deltidstilsette.

Varsel om pålegg følgjer som eige brev.`,
  `## Inspection report

The Labour Inspection Authority inspected the business on 4 March 2026. We found **two breaches** of the Working Environment Act:

1. There is no written risk assessment for work at the bakery ovens.
2. Working hours for part-time employees are not documented.

A notice of order follows in a separate letter.`,
);
