// The logged-in end user, the parties they may act for, and other people who
// show up in seen logs and activity history. All identifiers are synthetic.

import { createRng, uuidV4 } from './prng.js';

const personUrn = (pid) => `urn:altinn:person:identifier-no:${pid}`;
const orgUrn = (orgNo) => `urn:altinn:organization:identifier-no:${orgNo}`;

export const END_USER = {
  name: 'Ingrid Fjeldstad Haugen',
  pid: '12448510075',
  partyUrn: personUrn('12448510075'),
};

/** Short keys used by the dialog specs → party URNs. */
export const PARTY = {
  person: END_USER.partyUrn,
  father: personUrn('03445210187'),
  bakery: orgUrn('310910007'),
  bakerySentrum: orgUrn('311410008'),
  bakeryHavna: orgUrn('312710005'), // deleted sub-unit
  nordlys: orgUrn('313110001'), // only access to its sub-unit
  nordlysFjordvik: orgUrn('314510003'),
};

/** People other than the end user (for seen logs and activities). */
export const PEOPLE = {
  endUser: { actorName: END_USER.name, actorId: END_USER.partyUrn },
  olav: { actorName: 'Olav Haugen', actorId: PARTY.father },
  jonas: { actorName: 'Jonas Berg Solberg', actorId: personUrn('21459010030') },
  aisha: { actorName: 'Aisha Rahman', actorId: personUrn('15437810017') },
  per: { actorName: 'Per Kristian Nilsen', actorId: personUrn('28516010098') },
  silje: { actorName: 'Silje Aas', actorId: personUrn('07499210005') },
};

export function createParties() {
  const rng = createRng('parties');
  const base = (party, name, partyType, partyId, extra = {}) => authorizedParty(rng, party, name, partyType, partyId, extra);
  return [
    base(PARTY.person, 'INGRID FJELDSTAD HAUGEN', 'Person', 50711201, {
      dateOfBirth: '1985-04-12',
      isCurrentEndUser: true,
      isAccessManager: true,
      isMainAdministrator: true,
    }),
    base(PARTY.father, 'OLAV HAUGEN', 'Person', 50711202, { dateOfBirth: '1952-04-03' }),
    base(PARTY.bakery, 'FJORDVIK BAKERI OG KAFE AS', 'Organization', 50822310, {
      hasKeyRole: true,
      isAccessManager: true,
      isMainAdministrator: true,
      subParties: [
        base(PARTY.bakerySentrum, 'FJORDVIK BAKERI OG KAFE AS AVD SENTRUM', 'Organization', 50822311, {
          hasKeyRole: true,
          isAccessManager: true,
        }),
        base(PARTY.bakeryHavna, 'FJORDVIK BAKERI OG KAFE AS AVD HAVNA', 'Organization', 50822312, {
          isDeleted: true,
          hasKeyRole: true,
        }),
      ],
    }),
    base(PARTY.nordlys, 'NORDLYS EIENDOM AS', 'Organization', 50933420, {
      hasOnlyAccessToSubParties: true,
      subParties: [
        base(PARTY.nordlysFjordvik, 'NORDLYS EIENDOM AS AVD FJORDVIK', 'Organization', 50933421),
      ],
    }),
  ];
}

/** One entry of GET /parties with the flags the seed does not vary (the UUID drawn from `rng`). */
export function authorizedParty(rng, party, name, partyType, partyId, extra = {}) {
  return {
    party,
    partyUuid: uuidV4(rng),
    partyId,
    partyType,
    name,
    isDeleted: false,
    hasKeyRole: false,
    isMainAdministrator: false,
    isAccessManager: false,
    isCurrentEndUser: false,
    hasOnlyAccessToSubParties: false,
    ...extra,
  };
}
