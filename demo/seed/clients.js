// The "accountant" persona (`npm start -- --parties N`, env DEMO_PARTIES): the end user acts for
// N client organisations, some with sub-units, with about two dialogs per client. The newest dialogs
// belong to clients in the last 10 % of the party list, so a client that only searches the first
// parties visibly misses them. Deterministic: same N and `now` → deep-equal output.
//
//   applyAccountantPersona(seed, { count: 500, platformUrl, nowMs })   // replaces seed.parties, filters + adds dialogs

import { createRng } from './prng.js';
import { BUSINESS_TEMPLATES, generateDialog } from './generate.js';
import { authorizedParty, END_USER } from './parties.js';

export const MAX_CLIENT_PARTIES = 5000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Every client dialog that is not one of the "fresh" ones is at least this old. */
const OLD_AFTER = 12 * HOUR;
/** Client dialog numbers start here, far from the base seed's and `scale`'s generated ones. */
const INDEX_OFFSET = 50_000_000;

const PLACES = [
  'ALTA', 'ARENDAL', 'ASKØY', 'BODØ', 'BRØNNØYSUND', 'DRAMMEN', 'EGERSUND', 'ELVERUM', 'FAUSKE', 'FLEKKEFJORD',
  'FLORØ', 'FJORDVIK', 'FØRDE', 'GJØVIK', 'GRIMSTAD', 'HAMAR', 'HARSTAD', 'HAUGESUND', 'HØNEFOSS', 'KIRKENES',
  'KONGSBERG', 'KONGSVINGER', 'KRISTIANSUND', 'LARVIK', 'LEVANGER', 'LILLEHAMMER', 'LYNGDAL', 'MANDAL', 'MOLDE',
  'MOSJØEN', 'NAMSOS', 'NARVIK', 'NOTODDEN', 'ODDA', 'ORKANGER', 'PORSGRUNN', 'RISØR', 'RØROS', 'SANDNES',
  'SOGNDAL', 'STEINKJER', 'STORD', 'SVOLVÆR', 'TROMSØ', 'TØNSBERG', 'ULSTEINVIK', 'VOSS', 'ÅLESUND', 'ÅNDALSNES',
];
const PREFIXES = [
  'NORDLYS', 'FJELLTOPP', 'HAVBRIS', 'SKOGLI', 'BJØRKELI', 'SOLSIDEN', 'FJORDGLIMT', 'VESTLANDS', 'NORDVEST',
  'SØRLANDETS', 'TRØNDER', 'HARDANGER', 'LOFOT', 'MIDTBYEN', 'KYSTLYS', 'ELVEBAKKEN', 'STRANDA', 'FURULUND',
];
const TRADES = [
  'BAKERI', 'RØRLEGGERSERVICE', 'ELEKTRO', 'TRANSPORT', 'EIENDOM', 'BYGG', 'FRISØRSALONG', 'TANNKLINIKK',
  'MASKIN', 'SJØMAT', 'BILVERKSTED', 'MALERSERVICE', 'SNEKKERI', 'HANDEL', 'RÅDGIVNING', 'GARTNERI', 'HOTELL',
  'KAFE', 'BLOMSTER', 'FYSIOTERAPI', 'ENTREPRENØR', 'TAKSERING', 'TRELAST', 'VVS', 'BETONG', 'GRAVING',
  'RENHOLD', 'DATA', 'ARKITEKTER', 'INSTALLASJON', 'FISKEOPPDRETT', 'REGNSKAPSKONTOR', 'SPORT', 'OPTIKK', 'DYREKLINIKK',
];
const SURNAMES = [
  'HANSEN', 'JOHANSEN', 'OLSEN', 'LARSEN', 'ANDERSEN', 'PEDERSEN', 'NILSEN', 'KRISTIANSEN', 'JENSEN', 'KARLSEN',
  'JOHNSEN', 'PETTERSEN', 'ERIKSEN', 'BERG', 'HAUGEN', 'HAGEN', 'JOHANNESSEN', 'ANDREASSEN', 'JACOBSEN', 'DAHL',
  'JØRGENSEN', 'HALVORSEN', 'LUND', 'SOLBERG', 'MOEN', 'BAKKEN', 'STRAND', 'AAS', 'FJELDSTAD', 'RAHMAN', 'SÆTHER',
  'BRATTLI', 'HOLM', 'NÆSS', 'VIK', 'RØNNING', 'EKREN', 'SKJELBRED', 'TVEIT', 'ØDEGÅRD',
];
const FIRST_NAMES = ['KARI', 'OLA', 'SILJE', 'JONAS', 'INGER', 'PER', 'AISHA', 'MARIUS', 'NORA', 'TORE', 'LINN', 'EIRIK', 'HEGE', 'AMIR', 'MARTE'];

/** One plausible Norwegian company name (upper case, as in the registry). */
function companyName(rng) {
  const roll = rng.next();
  if (roll < 0.3) return `${rng.pick(PLACES)} ${rng.pick(TRADES)} AS`;
  if (roll < 0.55) return `${rng.pick(SURNAMES)} ${rng.pick(TRADES)} AS`;
  if (roll < 0.75) return `${rng.pick(PREFIXES)} ${rng.pick(TRADES)} ${rng.chance(0.85) ? 'AS' : 'SA'}`;
  if (roll < 0.88) {
    const a = rng.pick(SURNAMES);
    const b = rng.pick(SURNAMES);
    return a === b ? `${a} ${rng.pick(TRADES)} AS` : `${a} & ${b} ${rng.chance(0.6) ? 'ANS' : 'DA'}`;
  }
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(TRADES)}`; // sole proprietorship (ENK)
}

/** 8 digits → 9-digit organisation number with a valid mod-11 check digit, or null if none exists. */
function withCheckDigit(base8) {
  const digits = String(base8).split('').map(Number);
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = digits.reduce((s, d, i) => s + d * weights[i], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return `${base8}${check === 11 ? 0 : check}`;
}

const orgUrn = (orgNo) => `urn:altinn:organization:identifier-no:${orgNo}`;

function party(rng, orgNo, name, partyId, extra = {}) {
  return authorizedParty(rng, orgUrn(orgNo), name, 'Organization', partyId, extra);
}

/**
 * The N client organisations, in list order. Every 7th has 1–3 sub-units (a few of those only through
 * the sub-units: `hasOnlyAccessToSubParties`); a few main units are deleted.
 */
export function createClientParties(count) {
  const rng = createRng('accountant-clients');
  const usedNumbers = new Set(['310910007', '311410008', '312710005', '313110001', '314510003', '315010004']);
  const usedNames = new Set();
  const orgNumber = () => {
    for (;;) {
      const n = withCheckDigit(rng.int(32_000_000, 39_999_999));
      if (n && !usedNumbers.has(n)) {
        usedNumbers.add(n);
        return n;
      }
    }
  };
  const uniqueName = () => {
    for (let attempt = 0; ; attempt++) {
      const name = companyName(rng);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
      if (attempt > 50) {
        const numbered = `${name} ${attempt}`; // practically never; keeps names unique for any N
        if (!usedNames.has(numbered)) {
          usedNames.add(numbered);
          return numbered;
        }
      }
    }
  };

  const clients = [];
  for (let i = 0; i < count; i++) {
    const name = uniqueName();
    const withSubUnits = i % 7 === 3;
    const onlySubUnits = withSubUnits && i % 49 === 10; // i = 10, 59, 108, …
    const deleted = !withSubUnits && i % 61 === 40; // i = 40, 101, 162, …
    const partyId = 60_000_000 + i * 10;
    const main = party(rng, orgNumber(), name, partyId, {
      isDeleted: deleted,
      hasOnlyAccessToSubParties: onlySubUnits,
      isAccessManager: !onlySubUnits && rng.chance(0.1),
    });
    if (withSubUnits) {
      const subCount = rng.int(1, 3);
      const places = new Set();
      main.subParties = [];
      for (let j = 0; j < subCount; j++) {
        let place = rng.pick(PLACES);
        while (places.has(place)) place = rng.pick(PLACES);
        places.add(place);
        main.subParties.push(party(rng, orgNumber(), `${name} AVD ${place}`, partyId + 1 + j, { isDeleted: j > 0 && rng.chance(0.2) }));
      }
    }
    clients.push(main);
  }
  return clients;
}

const DATE_KEYS = ['createdAt', 'updatedAt', 'contentUpdatedAt'];

/** The latest timestamp (ms) in a dialog: its own dates, its activities, transmissions and seen entries. */
function newestTime(d) {
  let max = 0;
  for (const k of DATE_KEYS) max = Math.max(max, Date.parse(d[k]));
  for (const a of d.activities) max = Math.max(max, Date.parse(a.createdAt));
  for (const t of d.transmissions) max = Math.max(max, Date.parse(t.createdAt));
  for (const s of d.seenSinceLastUpdate) max = Math.max(max, Date.parse(s.seenAt));
  for (const s of d.seenSinceLastContentUpdate) max = Math.max(max, Date.parse(s.seenAt));
  return max;
}

/**
 * Client dialog number `index` (at least OLD_AFTER old), or with `freshAtMs` its `contentUpdatedAt` at that
 * time. Dates move by generating again with a shifted "now" (so the dialog's invariants hold). A fresh
 * dialog whose later dates (seen, updated) would then lie in the future is skipped for the next number.
 * Returns [dialog, next free index].
 */
function clientDialog(index, platformUrl, nowMs, opts, freshAtMs) {
  if (freshAtMs === undefined) {
    const d = generateDialog(index, platformUrl, nowMs, opts);
    if (newestTime(d) > nowMs - OLD_AFTER) return [generateDialog(index, platformUrl, nowMs - OLD_AFTER, opts), index + 1];
    return [d, index + 1];
  }
  for (;; index++) {
    const d = generateDialog(index, platformUrl, nowMs, opts);
    const shift = freshAtMs - Date.parse(d.contentUpdatedAt);
    if (newestTime(d) + shift <= nowMs - 10_000) return [generateDialog(index, platformUrl, nowMs + shift, opts), index + 1];
  }
}

/**
 * About two dialogs per client (1–3). In the last 10 % of the list, every third non-deleted client's
 * first dialog is "fresh" (1 minute to ~3 hours old): newer than anything else in the data.
 */
export function createClientDialogs(clients, { platformUrl, nowMs }) {
  const rng = createRng('accountant-dialogs');
  const lastTenth = Math.floor(clients.length * 0.9);
  const dialogs = [];
  let index = INDEX_OFFSET;
  // Fresh dialogs: minutes ago for the last client, older further up the list (at most ~3 hours).
  const step = Math.min(2 * MINUTE, Math.floor((170 * MINUTE) / Math.max(1, clients.length - lastTenth)));
  clients.forEach((client, i) => {
    const targets = [];
    if (!client.hasOnlyAccessToSubParties) targets.push(client.party);
    for (const sub of client.subParties || []) if (!sub.isDeleted) targets.push(sub.party);
    const n = rng.int(1, 3);
    const freshClient = i >= lastTenth && !client.isDeleted && (clients.length - 1 - i) % 3 === 0;
    for (let k = 0; k < n; k++) {
      const template = rng.pick(BUSINESS_TEMPLATES);
      const partyUrn = rng.pick(targets);
      const freshAt = freshClient && k === 0 ? nowMs - MINUTE - (clients.length - 1 - i) * step - rng.int(0, 15) * 1000 : undefined;
      const [dialog, next] = clientDialog(index, platformUrl, nowMs, { template, party: partyUrn }, freshAt);
      dialogs.push(dialog);
      index = next;
    }
  });
  return dialogs;
}

/**
 * Turns a base seed into the accountant persona: parties = the end user's own person party + `count`
 * clients; dialogs = the end user's own ones + the clients' ones (dialogs of the base seed's other
 * parties, and their embeds, are dropped).
 */
export function applyAccountantPersona(seed, { count, platformUrl, nowMs }) {
  const n = Math.floor(Number(count));
  if (!Number.isInteger(n) || n < 1 || n > MAX_CLIENT_PARTIES) throw new RangeError(`parties: expected 1..${MAX_CLIENT_PARTIES}, got ${count}`);
  const own = seed.parties.find((p) => p.party === END_USER.partyUrn);
  const clients = createClientParties(n);
  const kept = seed.dialogs.filter((d) => d.party === END_USER.partyUrn);
  const keptIds = new Set(kept.map((d) => d.id));
  const embeds = Object.fromEntries(Object.entries(seed.embeds).filter(([path]) => keptIds.has(path.split('/')[2])));
  const dialogs = kept.concat(createClientDialogs(clients, { platformUrl, nowMs }));
  return { ...seed, parties: [own, ...clients], dialogs, embeds };
}
