// Service resources (Altinn Resource Registry entries) the dialogs refer to,
// and a mapper to the OpenAPI `ServiceResourceMetadata` shape.

import { localizations } from './texts.js';

const R = (id, org, resourceType, nb, nn, en, minimumAuthenticationLevel = 3) => ({
  id: `urn:altinn:resource:${id}`,
  org,
  name: { nb, nn, en },
  resourceType,
  isDelegable: resourceType !== 'CorrespondenceService',
  minimumAuthenticationLevel,
  status: 'Completed',
});

export const SERVICE_RESOURCES = [
  R('nav-foreldrepenger', 'nav', 'GenericAccessResource', 'Foreldrepenger', 'Foreldrepengar', 'Parental benefit'),
  R('nav-dagpenger', 'nav', 'GenericAccessResource', 'Dagpenger', 'Dagpengar', 'Unemployment benefit'),
  R('nav-meldekort', 'nav', 'GenericAccessResource', 'Meldekort', 'Meldekort', 'Employment status form'),
  R('nav-aktivitetsplan', 'nav', 'GenericAccessResource', 'Aktivitetsplan', 'Aktivitetsplan', 'Activity plan'),
  R('nav-pensjon', 'nav', 'GenericAccessResource', 'Alderspensjon', 'Alderspensjon', 'Retirement pension'),
  R('nav-sykmelding', 'nav', 'CorrespondenceService', 'Sykmelding', 'Sjukmelding', 'Sick leave'),
  R('skd-skattemelding', 'skd', 'GenericAccessResource', 'Skattemelding', 'Skattemelding', 'Tax return', 4),
  R('skd-skatteoppgjor', 'skd', 'CorrespondenceService', 'Skatteoppgjør', 'Skatteoppgjer', 'Tax settlement', 4),
  R('skd-a-melding', 'skd', 'GenericAccessResource', 'A-melding', 'A-melding', 'A-message (employer reporting)'),
  R('skd-mva-melding', 'skd', 'AltinnApp', 'Mva-melding', 'Mva-melding', 'VAT return'),
  R('lanekassen-utdanningsstotte', 'lanekassen', 'AltinnApp', 'Utdanningsstøtte', 'Utdanningsstøtte', 'Student financial support'),
  R('lanekassen-tilbakebetaling', 'lanekassen', 'GenericAccessResource', 'Tilbakebetaling av studielån', 'Tilbakebetaling av studielån', 'Student loan repayment'),
  R('svv-kjoretoy', 'svv', 'GenericAccessResource', 'Kjøretøy og EU-kontroll', 'Køyretøy og EU-kontroll', 'Vehicles and roadworthiness tests'),
  R('svv-forerkort', 'svv', 'GenericAccessResource', 'Førerkort', 'Førarkort', 'Driving licence'),
  R('brg-arsregnskap', 'brg', 'AltinnApp', 'Årsregnskap', 'Årsrekneskap', 'Annual accounts'),
  R('brg-foretaksregisteret', 'brg', 'CorrespondenceService', 'Foretaksregisteret', 'Føretaksregisteret', 'Register of Business Enterprises'),
  R('oslo-byggesak', 'oslo', 'GenericAccessResource', 'Byggesøknad', 'Byggesøknad', 'Building application'),
  R('oslo-eiendomsskatt', 'oslo', 'CorrespondenceService', 'Eiendomsskatt', 'Eigedomsskatt', 'Property tax'),
  R('oslo-barnehage', 'oslo', 'GenericAccessResource', 'Barnehageplass', 'Barnehageplass', 'Kindergarten place'),
  R('bergen-kommunale-avgifter', 'bergen', 'CorrespondenceService', 'Kommunale avgifter', 'Kommunale avgifter', 'Municipal fees'),
  R('bergen-parkering', 'bergen', 'GenericAccessResource', 'Parkeringstillatelse', 'Parkeringsløyve', 'Parking permit'),
  R('digdir-krr', 'digdir', 'GenericAccessResource', 'Kontakt- og reservasjonsregisteret', 'Kontakt- og reservasjonsregisteret', 'Common Contact Register'),
  R('digdir-testtjeneste', 'digdir', 'GenericAccessResource', 'Digdir testtjeneste', 'Digdir testteneste', 'Digdir test service', 2),
  R('politiet-pass', 'politiet', 'GenericAccessResource', 'Pass og ID-kort', 'Pass og ID-kort', 'Passports and ID cards'),
  R('politiet-vapen', 'politiet', 'AltinnApp', 'Våpensøknad', 'Våpensøknad', 'Firearms application'),
  R('husbanken-bostotte', 'husbanken', 'GenericAccessResource', 'Bostøtte', 'Bustøtte', 'Housing allowance'),
  R('husbanken-startlan', 'husbanken', 'GenericAccessResource', 'Startlån', 'Startlån', 'Start-up loan'),
  R('arbeidstilsynet-tilsyn', 'arbeidstilsynet', 'GenericAccessResource', 'Tilsyn', 'Tilsyn', 'Inspections'),
  R('arbeidstilsynet-samtykke', 'arbeidstilsynet', 'AltinnApp', 'Samtykke til arbeidslokaler', 'Samtykke til arbeidslokale', 'Consent for workplace premises'),
  R('fjordvik-helse-omsorg', 'fjordvik', 'GenericAccessResource', 'Helse- og omsorgstjenester', 'Helse- og omsorgstenester', 'Health and care services'),
  R('fjordvik-skjenkebevilling', 'fjordvik', 'AltinnApp', 'Skjenkebevilling', 'Skjenkeløyve', 'Alcohol licence'),
  R('fjordvik-kommunale-avgifter', 'fjordvik', 'CorrespondenceService', 'Eiendomsskatt og kommunale avgifter', 'Eigedomsskatt og kommunale avgifter', 'Property tax and municipal fees'),
  R('fjordvik-eiendom', 'fjordvik', 'GenericAccessResource', 'Kommunal eiendom og utleie', 'Kommunal eigedom og utleige', 'Municipal property and leasing'),
  R('fjordvik-skoleskyss', 'fjordvik', 'GenericAccessResource', 'Skoleskyss', 'Skuleskyss', 'School transport'),
];

const byId = new Map(SERVICE_RESOURCES.map((r) => [r.id, r]));

/** Look up a service resource by its short name (`nav-dagpenger`) or full URN. */
export function serviceResource(idOrShort) {
  const id = idOrShort.startsWith('urn:') ? idOrShort : `urn:altinn:resource:${idOrShort}`;
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown service resource ${idOrShort}`);
  return found;
}

/** Map a seed service resource to the OpenAPI `ServiceResourceMetadata` shape. */
export function toServiceResourceMetadata(resource, orgs) {
  const owner = orgs[resource.org];
  return {
    serviceResource: {
      id: resource.id,
      isDelegable: resource.isDelegable,
      minimumAuthenticationLevel: resource.minimumAuthenticationLevel,
      name: localizations(resource.name),
      resourceType: resource.resourceType,
      status: resource.status,
    },
    serviceOwner: {
      code: resource.org,
      name: owner ? localizations(owner.name) : [],
      orgNumber: owner?.orgNumber ?? '',
    },
    roles: [],
    accessPackages: [],
  };
}
