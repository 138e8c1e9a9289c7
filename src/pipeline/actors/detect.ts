import type { ActorKb, AgentInfo, NameHit } from '../../knowledge/index.js';
import {
  isAllCaps,
  isCapitalised,
  MISSPELT_MIN_LENGTH,
  MISSPELT_MIN_LENGTH_IN_CONTEXT,
  misspeltPerson,
  misspeltState,
  normToken,
  prefixMatches,
} from '../../knowledge/index.js';
import {
  ADJECTIVES,
  AFTER_HEAD,
  DETERMINERS,
  LEGAL_FORMS,
  LOCATIVE,
  MILITARY_CORPS,
  MILITARY_TITLES,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  RECIPIENT_BEFORE_ON,
  RECIPIENT_BEFORE_TO,
  SPEECH_VERBS,
  TITLES,
  TRADE_HEADS,
  TRADE_NOUNS,
} from './lexicon.js';
import { nominalAt } from './nominal.js';
import { namesPeople } from './peoples.js';
import { resolveHits } from './resolve.js';
import type { Cand } from './types.js';
import { CONNECTORS, hasLetter, isNumber, isPlaceName, isPossessive } from './words.js';

/** The document's tokens as the finder reads them. */
export interface TokenView {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Token text. */
  readonly w: readonly string[];
  /** Normalised token (normToken). */
  readonly k: readonly string[];
  /** Universal POS tags when the syntax layer is present. */
  readonly upos: readonly string[] | undefined;
  /** Dependency relations when the syntax layer is present. */
  readonly deprel?: readonly string[] | undefined;
  /** Acronyms the document defines for organisations ("(WMF)"), with the sector of the name. */
  readonly acronyms?: ReadonlyMap<string, string | null>;
  readonly date: string | null;
  /** Whether a name is a place's (the gazetteer, when loaded): "Syria's Aleppo" is no company. */
  readonly isPlace?: ((name: string) => boolean) | undefined;
}

export interface NameMatch {
  readonly end: number;
  readonly hits: readonly NameHit[];
}

export interface Found {
  readonly cands: Cand[];
  readonly next: number;
}

const ADJ_LIKE_AGENTS = new Set([
  'military',
  'security',
  'government',
  'police',
  'army',
  'opposition',
  'rebel',
  'militant',
  'coalition',
  'state',
  'media',
  'party',
  'court',
  'intelligence',
  'force',
  'navy',
  'leadership',
  'regime',
  'administration',
  'authority',
  'terrorist',
  'insurgent',
  'civilian',
  'people',
  'community',
  'member',
  'family',
  'group',
  'partner',
  'student',
  'refugee',
  'cabinet',
  'delegation',
  'ministry',
  'company',
  'worker',
  'news agency',
  'leader',
  'population',
  'women',
  'woman',
  'men',
  'man',
  'children',
  'child',
  'victim',
  'citizen',
  'resident',
  'volunteer',
  'donor',
  'ally',
]);

/** Words after a name that make it the name of a document or an event ("… Resolution 2254"). */
const DOCUMENT_WORDS =
  /^(resolution|resolutions|agreement|agreements|accord|accords|protocol|declaration|charter|convention|treaty|framework|format|communique|communiqué|memorandum|roadmap|road-map|initiative)$/;

/** Nouns a demonym describes as the state's place or thing rather than as an actor. */
const STATE_THINGS =
  /^(border|borders|frontier|town|city|village|province|territory|territories|soil|airspace|side|capital|coast|waters|region|land|countryside|desert|mountains|cities|towns|villages|flag|language|dialect|cuisine|food|culture|heritage|history|economy|market|markets|currency|pound|dinar|lira|rouble|dollar|passport)$/;

/** Nouns after a state's possessive that make the state a place or a setting ("Syria's civil war"). */
const STATE_POSSESSIONS =
  /^(war|conflict|crisis|heritage|constitution|history|economy|border|borders|territory|capital|cities|north|south|east|west|northeast|northwest|southeast|southwest|soil|airspace|province|provinces|city|region|future|stability|sovereignty|independence|unity)$/;

/**
 * Verbs after which a state is a destination or a place left ("visited Turkey", "fled Syria"), or
 * a neighbouring land ("the province bordering Iran").
 */
const MOTION_VERBS =
  /^(visit|visits|visited|visiting|tour|tours|toured|touring|reach|reached|reaching|enter|entered|entering|fled|flee|fleeing|leave|leaving|left|arrive|arrived|travel|travelled|traveled|return|returned|returning|landed|moved|bordering|borders|bordered|adjoining|neighbouring|neighboring)$/;

/** Nouns of an act a body carries out, after the body compounding them ("coalition airstrikes"). */
const ACT_NOUNS =
  /^(airstrikes?|strikes?|bombardments?|bombings?|shelling|raids?|attacks?|assaults?|offensives?|operations?|campaigns?|activities|advances?|crackdowns?|sieges?)$/;

/** Collective nouns that name an actor only when what they gather is one ("a group of fighters"). */
// word lists tested per token (module constants: no array allocated per call)
const IT_SUBJECT_VERBS = new Set(['seems', 'appears', 'remains', 'emerged', 'takes', 'took', 'rained', 'comes']);
const IT_SUBJECT_AUX = new Set(['is', 'was', "'s", 'will', 'would', 'has', 'had', 'may', 'might', 'could']);
const IT_SUBJECT_SKIP = new Set(['be', 'been', 'not', 'also', 'still']);
const DEFINITE_DETS = new Set(['the', 'this', 'that']);
/** Quotation marks as tokens. */
const QUOTE_MARKS = /^(``|''|`|"|“|”|‘|’|')$/;
/** Subordinators opening a fronted clause ("While …, X and Y continue"). */
const FRONTED_SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'as',
  'because',
  'since',
  'if',
  'when',
  'after',
  'before',
  'unless',
  'once',
]);
/** Role nouns written as acronyms ("MP", "CEO"); other acronyms are names. */
/** Words of a civic cause naming a coalition of citizens' groups rather than of armies. */
const CIVIC_CAUSES =
  /^(justice|rights|social|women|peace|health|education|housing|climate|environmental|environment|democracy|civil|citizens|workers|labor|labour|poverty|equality|freedom|voters|community|students|immigrant|immigrants|refugee|refugees|tenants|taxpayers|consumers|families|children)$/;

const ROLE_ACRONYMS = new Set(['mp', 'ceo', 'cfo']);

/** First words of Arabic place names that look like personal names ("Deir al-Zour", "Ras al-Ain"). */
const ARABIC_PLACE_WORDS = new Set([
  'deir',
  'dayr',
  'ras',
  'tal',
  'tell',
  'jabal',
  'jebel',
  'wadi',
  'bab',
  'dar',
  'bir',
  'ain',
  'khan',
  'qasr',
  'madinat',
  'bani',
  'beni',
  'kafr',
  'mount',
]);

export class SentenceFinder {
  readonly v: TokenView;
  readonly kb: ActorKb;
  readonly a: number;
  readonly b: number;
  private readonly sentence: number;
  private readonly headline: boolean;
  private readonly nameCache = new Map<number, NameMatch | null>();
  private readonly agentCache = new Map<number, { end: number; info: AgentInfo } | null>();
  /** Person candidates found so far in the document (for surname recognition). */
  private readonly persons: readonly Cand[];

  constructor(
    v: TokenView,
    kb: ActorKb,
    a: number,
    b: number,
    sentence: number,
    headline: boolean,
    persons: readonly Cand[],
  ) {
    this.v = v;
    this.kb = kb;
    this.a = a;
    this.b = b;
    this.sentence = sentence;
    this.headline = headline;
    this.persons = persons;
  }

  cap(i: number): boolean {
    const w = this.v.w[i];
    if (w === undefined) return false;
    if (this.v.upos?.[i] === 'PROPN') return true;
    return isCapitalised(w);
  }

  /** The longest knowledge-base name starting at token i, written in a case that fits it. */
  /**
   * Token j is a lower-case compound noun right before a role noun ("planning minister"), or opens a
   * run of two before a body ("war crimes court"; a person's title keeps one: "press operations director").
   */
  compoundBeforeAgent(j: number): boolean {
    const v = this.v;
    for (let q = j; q < j + 2; q++) {
      if (!/^[a-z]+$/.test(v.w[q] ?? '') || v.upos?.[q] !== 'NOUN' || v.deprel?.[q] !== 'compound') return false;
      const ag = this.agentAt(q + 1);
      if (ag) return q === j || !ag.info.person;
    }
    return false;
  }

  nameAt(i: number): NameMatch | null {
    const hit = this.nameCache.get(i);
    if (hit !== undefined) return hit;
    let best: NameMatch | null = null;
    if (i < this.b && hasLetter(this.v.w[i] ?? '')) {
      const ms = prefixMatches(this.kb.names, (j) => this.v.k[j] ?? '', i, this.b);
      for (let m = ms.length - 1; m >= 0 && !best; m--) {
        const cand = ms[m];
        if (!cand) continue;
        const ok = cand.value.filter((h) => this.caseFits(h, i, cand.end));
        if (ok.length) best = { end: cand.end, hits: ok };
      }
      if (!best) best = this.misspelt(i);
      // "Central American migrants", "Latin America": a region of the Americas, not the United States
      if (best && /^americ/.test(this.v.k[i] ?? '') && /^(central|south|latin|north|meso)$/.test(this.v.k[i - 1] ?? ''))
        best = null;
    }
    this.nameCache.set(i, best);
    return best;
  }

  /** Whether a person of the document so far has this (normalised) surname. */
  knownSurname(k: string): boolean {
    return this.persons.some((c) => c.personName?.last === k);
  }

  /** "Afganistan": a capitalised word nothing else knows, one letter off a state's one-word name, names that state. */
  private misspelt(i: number): NameMatch | null {
    const w = this.v.w[i] ?? '';
    // "Quatar's emir": a possessive before a state's office says a state, so shorter names are read too
    const office = isPossessive(this.v.k[i + 1]) && this.agentAt(i + 2)?.info.person === true;
    const min = office ? MISSPELT_MIN_LENGTH_IN_CONTEXT : MISSPELT_MIN_LENGTH;
    if (w.length < min - 1 || !isCapitalised(w) || isAllCaps(w) || !/^\p{L}+$/u.test(w)) return null;
    if (this.kb.givenNames.has(this.v.k[i] ?? '')) return null;
    const actor = misspeltState(this.kb.misspelt, w, min);
    return actor ? { end: i + 1, hits: [{ actor, form: 'name', caps: false, anyCase: false, weak: false }] } : null;
  }

  private caseFits(h: NameHit, i: number, end: number): boolean {
    if (h.anyCase) return true;
    const first = this.v.w[i] ?? '';
    if (h.caps) {
      for (let j = i; j < end; j++) {
        const w = this.v.w[j] ?? '';
        if (hasLetter(w) && !isAllCaps(w)) return false;
      }
      return true;
    }
    // "the Islamic community" is no "Islamic Community" (Jemaah Islamiya): an armed group's name known only
    // from Phoenix ends in a capitalised word
    if (
      end - i >= 2 &&
      h.actor.kind === 'group' &&
      h.actor.priority < 3 &&
      /^\p{Ll}+$/u.test(this.v.w[end - 1] ?? '') &&
      isCapitalised(this.v.w[end - 2] ?? '')
    )
      return false;
    // carelessly written names: "iSrael", "tunisian rioters", "President obama"
    if (!isCapitalised(first) && end - i === 1 && /^\p{Ll}+\p{Lu}\p{L}*$/u.test(first)) return true;
    if (!isCapitalised(first) && end - i === 1 && /^\p{Ll}+$/u.test(first)) {
      if (
        h.form === 'adjective' &&
        h.actor.kind === 'state' &&
        first.length >= 5 &&
        /(ian|ean|ese|an|i)$/.test(first) &&
        this.v.upos?.[i + 1] === 'NOUN'
      )
        return true;
      if (h.actor.kind === 'person' && TITLES.has(this.v.k[i - 1] ?? '') && isCapitalised(this.v.w[i - 1] ?? ''))
        return true;
    }
    // "al-Qaida", "el-Sisi": an Arabic article before the capitalised name
    if (!isCapitalised(first) && !/^(al|el)-\p{Lu}/u.test(first)) return false;
    // "Let's take on …" is no "LeT": a sentence's first word read as a verb or function word is no one-word name
    if (
      end - i === 1 &&
      i === this.a &&
      /^\p{Lu}\p{Ll}+$/u.test(first) &&
      h.actor.kind !== 'state' &&
      /^(VERB|AUX|PRON|DET|ADP|SCONJ|CCONJ|PART)$/.test(this.v.upos?.[i] ?? '')
    )
      return false;
    // a one-word name written in capitals in running text ("IRAN") is fine; "The" is not a name
    if (end - i === 1 && first.length > 1 && isAllCaps(first) && h.actor.kind === 'person') return false;
    return true;
  }

  /** A knowledge-base name that names a person here (or a given name and a surname). */
  personish(i: number, nm: NameMatch | null): boolean {
    if (!nm) return false;
    if (nm.hits[0]?.actor.kind === 'person') return true;
    return nm.end - i >= 2 && this.kb.givenNames.has(this.v.k[i] ?? '');
  }

  /** The longest role noun ("ambassador", "military commander") starting at token i. */
  agentAt(i: number, end = this.b): { end: number; info: AgentInfo } | null {
    if (end !== this.b) return this.agentUncached(i, end);
    const hit = this.agentCache.get(i);
    if (hit !== undefined) return hit;
    const r = this.agentUncached(i, end);
    this.agentCache.set(i, r);
    return r;
  }

  private agentUncached(i: number, end: number): { end: number; info: AgentInfo } | null {
    const w = this.v.w[i] ?? '';
    if (!hasLetter(w)) return null;
    const ms = prefixMatches(this.kb.agents, (j) => this.v.k[j] ?? '', i, end);
    const m = ms[ms.length - 1];
    if (!m) return null;
    // acronyms ("MP" aside) are names, not role nouns
    if (isAllCaps(w) && w.length > 1 && !ROLE_ACRONYMS.has(m.value.term)) return null;
    return { end: m.end, info: m.value };
  }

  find(): Cand[] {
    const out: Cand[] = [];
    let i = this.a;
    while (i < this.b) {
      const f =
        this.orgName(i) ??
        this.nominal(i, out) ??
        this.name(i) ??
        this.acronym(i) ??
        this.run(i, out) ??
        this.pronoun(i);
      if (f) {
        out.push(...f.cands);
        i = Math.max(f.next, i + 1);
      } else i++;
    }
    return this.coordinate(this.withOwners(this.withOrdinals(out))).concat(this.hyphenated(out));
  }

  /**
   * Actors named inside a hyphenated word ("ISIL-held territory", "UK-France talks", "the
   * U.S.-Iraq partnership", "Jordan-made goods"): each known state, group or body is a mention
   * of its own, spanning its part of the word.
   */
  private hyphenated(found: readonly Cand[]): Cand[] {
    const v = this.v;
    const out: Cand[] = [];
    for (let i = this.a; i < this.b; i++) {
      const w = v.w[i] ?? '';
      if (!w.includes('-') || found.some((c) => c.t0 <= i && i < c.t1)) continue;
      // "the Syria-Iraq border": states locating a place
      if (/^(border|borders|frontier|frontiers|crossing|region|area)$/.test(v.k[i + 1] ?? '')) continue;
      // "the U.S.-Iraq Strategic Framework Agreement": states inside the name of a document
      let q = i + 1;
      while (q < this.b && q - i <= 4 && isCapitalised(v.w[q] ?? '') && !DOCUMENT_WORDS.test(v.k[q] ?? '')) q++;
      if (q < this.b && isCapitalised(v.w[q] ?? '') && DOCUMENT_WORDS.test(v.k[q] ?? '')) continue;
      const parts = w.split('-');
      let at = v.starts[i] ?? 0;
      parts.forEach((part, n) => {
        const start = at;
        at += part.length + 1;
        if (
          parts.length < 2 ||
          !isCapitalised(part) ||
          /^(anti|pro|non|counter|post|pre|ex|intra|inter)$/i.test(parts[n - 1] ?? '') ||
          // "US-led war", "NATO-member Norway", "UN-brokered deal": the word is about another actor or act
          /^(led|backed|member|brokered|sponsored|allied|aligned|linked|affiliated|supported|funded|trained|armed|based)$/i.test(
            parts[n + 1] ?? '',
          )
        )
          return;
        const hits = (this.kb.names.map.get(normToken(part)) ?? []).filter(
          (h) =>
            (h.actor.kind === 'state' || h.actor.kind === 'group' || h.actor.kind === 'igo') &&
            (!h.caps || isAllCaps(part.replace(/[^\p{L}]/gu, ''))),
        );
        if (!hits.length) return;
        const c = this.base(i, i + 1, hits[0]?.form === 'adjective' ? 'demonym' : 'name');
        c.start = start;
        c.end = start + part.length;
        c.possessive = false;
        resolveHits(c, hits, v.date);
        if (c.kind === 'demonym') c.sector = null;
        out.push(c);
      });
    }
    return out;
  }

  /** "the 158th Fighter Wing", "321st Field Artillery Regiment": a unit's number is part of its name. */
  private withOrdinals(cands: Cand[]): Cand[] {
    const v = this.v;
    for (const c of cands) {
      const p = c.t0 - 1;
      if (p < this.a || c.kind === 'pronoun' || c.personName || !isCapitalised(v.w[c.t0] ?? '')) continue;
      if (!/^\d+(st|nd|rd|th)$/.test(v.w[p] ?? '')) continue;
      c.t0 = v.k[p - 1] === 'the' && p - 1 >= this.a ? p - 1 : p;
      c.start = v.starts[c.t0] ?? c.start;
    }
    return cands;
  }

  /**
   * "President Bashar al-Assad's forces", "Sadiq's family": an owner named before the actor
   * noun belongs to its mention (the phrase is one actor, coded from the owner after
   * coreference when the noun has no code). The owner stays a candidate, kept apart (`owner`)
   * for coreference and events.
   */
  private withOwners(cands: Cand[]): Cand[] {
    for (let n = 1; n < cands.length; n++) {
      const prev = cands[n - 1];
      const c = cands[n];
      if (!prev || !c || !prev.possessive || c.t0 !== prev.t1 + 1 || prev.kind === 'pronoun') continue;
      // a body's own unit or organ named after it ("the Coalition's Small Group"): a name the
      // knowledge does not hold, found by its organisation head word
      const organ = c.kind === 'name' && c.id === null && !c.person && c.code === null && prev.kind === 'nominal';
      if (c.kind !== 'nominal' && c.kind !== 'title' && !organ) continue;
      if (prev.place || prev.owner) continue;
      c.t0 = prev.t0;
      c.start = prev.start;
      c.ownedBy = prev;
      if (c.needs === 'definite') delete c.needs;
      prev.owner = true;
    }
    return cands;
  }

  /** "women and children", "teachers, doctors and dentists": one plural actor. */
  /** Whether a nominal starts with its head noun, after a number at most ("doctors", "three children", "other artists"). */
  private bareNoun(c: Cand): boolean {
    let t = c.t0;
    while (
      t < c.t1 - 1 &&
      (isNumber(this.v.w[t] ?? '') ||
        /^(other|more|many|several|some|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(
          this.v.k[t] ?? '',
        ))
    )
      t++;
    return this.agentAt(t) !== null;
  }

  private coordinate(cands: Cand[]): Cand[] {
    const out: Cand[] = [];
    for (const c of cands) {
      const prev = out[out.length - 1];
      if (
        prev &&
        prev.kind === 'nominal' &&
        c.kind === 'nominal' &&
        !prev.person &&
        !c.person &&
        prev.needs !== 'states'
      ) {
        const gap = this.v.k.slice(prev.t1, c.t0);
        const joined =
          gap.length > 0 &&
          gap.every((k) => k === 'and' || k === 'or' || k === ',') &&
          gap.includes('and') !== gap.includes('or')
            ? true
            : gap.length === 1 && gap[0] === ',' && this.v.k[c.t1] === 'and';
        // a conjunct with its own determiner or modifiers is an actor of its own ("the regime and its
        // backers", "Kurdish fighters, Sunni Arab tribesmen and Shia militiamen")
        const bare = !c.possessor && !c.ownedBy && this.bareNoun(c);
        if (joined && bare && (prev.code === c.code || prev.code === null || c.code === null)) {
          prev.t1 = c.t1;
          prev.end = c.end;
          prev.plural = true;
          prev.code = prev.code ?? c.code;
          prev.possessive = c.possessive;
          continue;
        }
      }
      out.push(c);
    }
    return out;
  }

  base(t0: number, t1: number, kind: Cand['kind']): Cand {
    const v = this.v;
    return {
      t0,
      t1,
      start: v.starts[t0] ?? 0,
      end: v.ends[t1 - 1] ?? 0,
      sentence: this.sentence,
      kind,
      name: null,
      code: null,
      sector: null,
      role: null,
      id: null,
      person: false,
      plural: false,
      possessive: isPossessive(v.k[t1]),
      actorKind: 'unknown',
    };
  }

  // ---------- organisation names not in the knowledge base ----------
  /**
   * A capitalised run that ends in an organisation head word ("Air Force Reserve Command",
   * "Syrian Computer Society"), taken whole before role nouns inside it split it.
   */
  orgName(i: number): Found | null {
    const v = this.v;
    const the = v.k[i] === 'the' ? 1 : 0;
    const s = i + the;
    if (!this.cap(s) || !hasLetter(v.w[s] ?? '') || NOT_NAMES.has(v.k[s] ?? '')) return null;
    if (s === this.a && !this.cap(s + 1)) return null;
    if (this.personAndBody(s)) return null;
    let r = s;
    while (
      r < this.b &&
      r - s < 9 &&
      !(r > s && LEGAL_FORMS.has(v.k[r - 1] ?? '')) &&
      ((this.cap(r) && hasLetter(v.w[r] ?? '')) ||
        // "… Partners on Monday": a day or month after a connector is no part of the name
        (CONNECTORS.has(v.k[r] ?? '') && r > s && this.cap(r + 1) && !NOT_NAMES.has(v.k[r + 1] ?? '')) ||
        /^\d+(st|nd|rd|th)$/.test(v.k[r] ?? '') ||
        (r > s && this.glossEnd(r) > 0))
    ) {
      if (this.nameAt(r)?.hits[0]?.actor.kind === 'person' || (r > s && this.kb.givenNames.has(v.k[r] ?? '')))
        return null;
      r = v.w[r] === '(' ? this.glossEnd(r) : r + 1;
    }
    while (r > s && CONNECTORS.has(v.k[r - 1] ?? '')) r--;
    // "General Motors and Chrysler": a company's name ends at its trade word or legal form before "and"
    if (!this.orgSector(s, r))
      for (let q = r - 2; q > s; q--)
        if (ORG_HEADS.get(v.k[q] ?? '') === 'BUS' && (v.k[q + 1] === 'and' || v.k[q + 1] === '&')) {
          r = q + 1;
          break;
        }
    if (r - s < 2) return null;
    const named = this.toPurpose(r);
    const sector = this.orgSector(s, r) ?? (this.flagCarrier(s, r) ? 'BUS' : null);
    if (!sector) return null;
    // a known name covering the whole run is resolved by the name step
    const whole = this.nameAt(s);
    if (whole && whole.end >= r) return null;
    // a role phrase ("Foreign Secretary") is not an organisation
    if (this.agentAt(r - 1, r)?.info.person) return null;
    const c = this.base(i, named, 'name');
    c.actorKind = 'institution';
    c.sector = sector;
    c.name = v.text.slice(v.starts[s] ?? 0, v.ends[named - 1] ?? 0);
    for (let q = s; q < r; q++) {
      const inner = this.nameAt(q);
      if (inner && inner.hits[0]?.actor.kind !== 'person') {
        const tmp = this.base(q, inner.end, 'name');
        resolveHits(tmp, inner.hits, v.date);
        c.code = tmp.code;
        if (tmp.actorKind === 'group' || tmp.actorKind === 'igo') c.sector = tmp.sector ?? c.sector;
        // "BBC Russian Service", "CNN International Desk": a news organisation's unit is news media too
        if (q === s && tmp.sector === 'MED') c.sector = 'MED';
        break;
      }
    }
    return { cands: [c], next: named };
  }

  /**
   * "Daria Vasko and BBC World Service": a person's name (a known given name and a surname) conjoined with a body's
   * name is two parties, not one organisation named "X and Y".
   */
  personAndBody(s: number): boolean {
    const v = this.v;
    let q = s;
    while (q < s + 3 && this.cap(q) && hasLetter(v.w[q] ?? '') && !CONNECTORS.has(v.k[q] ?? '')) q++;
    if (q < s + 2 || (v.k[q] !== 'and' && v.k[q] !== '&') || this.kb.givenNames.has(v.k[q - 1] ?? '')) return false;
    if (this.kb.givenNames.has(v.k[s] ?? '')) return true;
    // (an unknown first name: the body after "and" is a known one, "… and BBC World Service")
    const after = this.nameAt(q + 1)?.hits[0]?.actor;
    return after !== undefined && after.kind !== 'person' && after.kind !== 'state';
  }

  /**
   * "Umma (Nation) Party": the end of a capitalised translation in brackets at r, inside a name that goes on after
   * it with a capitalised word or a body noun; else -1.
   */
  glossEnd(r: number): number {
    const v = this.v;
    if (v.w[r] !== '(') return -1;
    let q = r + 1;
    let words = 0;
    // ("the Kifaya (``Enough'') group": quotation marks around the translation)
    while (q < this.b && q - r <= 6 && ((this.cap(q) && hasLetter(v.w[q] ?? '')) || QUOTE_MARKS.test(v.w[q] ?? ''))) {
      if (hasLetter(v.w[q] ?? '')) words++;
      q++;
    }
    if (words === 0 || words > 4 || v.w[q] !== ')') return -1;
    return this.cap(q + 1) || this.agentAt(q + 1) !== null ? q + 1 : -1;
  }

  /**
   * The sector an organisation name from s to r gets from its head word; a business head yields to
   * a role noun its last two words name ("the Central Bank" is GOV, not a company).
   */
  private orgSector(s: number, r: number): string | null {
    const sector = ORG_HEADS.get(this.v.k[r - 1] ?? '') ?? null;
    // "Fox Business Network", "Cable News Network": a network named for what it broadcasts is news media
    if (this.v.k[r - 1] === 'network' && r - s >= 2 && BROADCAST_WORDS.test(this.v.k[r - 2] ?? '')) return 'MED';
    // "Apple Corps" is no army: "Corps" is a military unit after a military word or a number ("Marine Corps",
    // "5th Corps")
    if (this.v.k[r - 1] === 'corps' && r - s >= 2) {
      const before = this.v.k[r - 2] ?? '';
      return MILITARY_CORPS.has(before) || /^(\d+(st|nd|rd|th)?|[ivxl]+)$/.test(before) || ORDINALS.test(before)
        ? sector
        : null;
    }
    // "the Social Justice Coalition", "the Immigrant Rights Coalition": a civic cause's coalition is no army
    if (this.v.k[r - 1] === 'coalition' && this.v.k.slice(s, r - 1).some((k) => CIVIC_CAUSES.test(k))) return 'NGO';
    if (sector !== 'BUS' || r - s < 2) return sector;
    const ag = this.agentAt(r - 2, r);
    return ag && ag.end === r && ag.info.sector !== 'BUS' && !ag.info.person ? ag.info.sector : sector;
  }

  /** "Air" and a state's name ("Air Freedonia"): that state's airline. */
  private flagCarrier(s: number, r: number): boolean {
    if (this.v.k[s] !== 'air' || r - s < 2) return false;
    const nm = this.nameAt(s + 1);
    return nm?.end === r && nm.hits[0]?.actor.kind === 'state';
  }

  /**
   * The end of a body's name that goes on with its purpose ("Global Coalition to Counter ISIL",
   * "Committee to Protect Journalists"): "to" and a capitalised verb and object; else `r`.
   */
  toPurpose(r: number): number {
    const v = this.v;
    if (v.k[r] !== 'to' || !isCapitalised(v.w[r + 1] ?? '') || !hasLetter(v.w[r + 1] ?? '')) return r;
    if (this.nameAt(r + 1) || this.agentAt(r + 1)) return r;
    let q = r + 2;
    while (q < this.b && q - r < 6 && this.cap(q) && hasLetter(v.w[q] ?? '')) q++;
    return q > r + 2 ? q : r;
  }

  // ---------- acronyms the document defines ----------
  /** "WMF" after "the World Monuments Fund (WMF)": the organisation, wherever it is used. */
  private acronym(i: number): Found | null {
    const w = this.v.w[i] ?? '';
    const unit = this.taskForce(i);
    if (unit) return unit;
    const acronyms = this.v.acronyms;
    if (!acronyms?.has(w)) return null;
    const c = this.base(i, i + 1, 'name');
    c.actorKind = 'institution';
    c.name = w;
    c.sector = acronyms.get(w) ?? null;
    return { cands: [c], next: i + 1 };
  }

  /**
   * A task force by its designation ("CTF 50", "JTF 7", "TF 58"): military formations are named by
   * the abbreviation of "(Combined) (Joint) Task Force" and a number.
   */
  private taskForce(i: number): Found | null {
    const v = this.v;
    if (!/^C?J?(SO)?TF$/.test(v.w[i] ?? '') || i + 1 >= this.b || !/^\d{1,4}(\.\d+)?$/.test(v.w[i + 1] ?? ''))
      return null;
    const c = this.base(i, i + 2, 'name');
    c.name = `${v.w[i]} ${v.w[i + 1]}`;
    c.sector = 'MIL';
    return { cands: [c], next: i + 2 };
  }

  // ---------- pronouns ----------
  private pronoun(i: number): Found | null {
    const w = this.v.w[i] ?? '';
    const k = this.v.k[i] ?? '';
    const info = PRONOUNS.get(k);
    if (!info) return null;
    if (k === 'us' && w !== 'us' && w !== 'Us') return null; // "US" is the country
    if (k === 'i' && w !== 'I') return null;
    const c = this.base(i, i + 1, 'pronoun');
    c.pronoun = { ...info, word: k };
    c.person = info.person && !info.plural;
    c.plural = info.plural;
    c.needs = 'pronoun';
    if (k === 'it' || k === 'its' || k === 'itself') {
      c.dropIfUnresolved = true;
      if (k === 'it' && this.expletiveIt(i)) return { cands: [], next: i + 1 };
    }
    return { cands: [c], next: i + 1 };
  }

  /** "It is unclear whether…", "it remains to be seen": no actor. */
  private expletiveIt(i: number): boolean {
    const n1 = this.v.k[i + 1] ?? '';
    const n2 = this.v.k[i + 2] ?? '';
    if (IT_SUBJECT_VERBS.has(n1)) return true;
    if (IT_SUBJECT_AUX.has(n1)) {
      const rest = IT_SUBJECT_SKIP.has(n2) ? (this.v.k[i + 3] ?? '') : n2;
      return /^(unclear|clear|likely|unlikely|possible|impossible|important|necessary|time|true|thought|believed|expected|said|reported|feared|hoped|understood|difficult|hard|easy|essential|vital|crucial|worth|estimated|known|hoped|too|the|a|an|no|about|up|because|what|why|how|hard|better|best|good|bad|sad|unfortunate|unacceptable|right|wrong|now)$/.test(
        rest,
      );
    }
    return false;
  }

  // ---------- knowledge-base names ----------
  private name(i: number): Found | null {
    const nm = this.nameAt(i);
    if (!nm) return null;
    // "UN Security Council Resolution 2254", "the Minsk agreements": a document, not an actor
    if (this.namesDocument(nm)) return { cands: [], next: nm.end + 1 };
    // "US$300 million", "US $5": a state's name before the dollar sign names its currency
    if (this.v.w[nm.end] === '$' && nm.hits[0]?.actor.kind === 'state') return { cands: [], next: nm.end + 1 };
    const c = this.nameCand(i, nm);
    // a role known as a name ("U.S. Secretary of Defense") followed by the holder's name
    const roleAt = (): number => {
      for (let t = i; t < nm.end; t++) if (this.agentAt(t, nm.end)?.info.person) return t;
      return -1;
    };
    const rt =
      c && nm.hits[0]?.actor.kind !== 'person' && (this.cap(nm.end) || this.v.k[nm.end] === ',') ? roleAt() : -1;
    if (c && rt >= 0) {
      const named = this.nameAfterRole(nm.end);
      if (named) {
        const roleCode = c.code;
        const roleSector = c.sector;
        c.id = null;
        c.name = null;
        c.t1 = named.end;
        c.end = this.v.ends[named.end - 1] ?? c.end;
        c.possessive = isPossessive(this.v.k[named.end]);
        c.kind = 'name';
        c.role = this.agentAt(rt, nm.end)?.info.term ?? null;
        this.applyName(c, named.t0, named.nameStart, named.end);
        c.code = c.code ?? roleCode;
        c.sector = c.sector ?? roleSector;
        if (named.military) c.sector = 'MIL';
        return { cands: [c], next: named.end };
      }
    }
    if (c && !c.person && c.actorKind !== 'state') {
      // "the Global Coalition to Counter ISIL": the body's purpose is part of its name
      const to = this.toPurpose(nm.end);
      if (to > nm.end) {
        c.t1 = to;
        c.end = this.v.ends[to - 1] ?? c.end;
        c.possessive = isPossessive(this.v.k[to]);
        return { cands: [c], next: to };
      }
    }
    return c ? { cands: [c], next: nm.end } : { cands: [], next: nm.end };
  }

  /**
   * Whether a name is part of a document's name ("Security Council Resolution 2254", "the Minsk
   * agreements"). A body before its lower-case "resolutions" or "declaration" is their author, an
   * actor ("UN Security Council resolutions", "the Arab League initiative").
   */
  private namesDocument(nm: NameMatch): boolean {
    if (!DOCUMENT_WORDS.test(this.v.k[nm.end] ?? '')) return false;
    const a = nm.hits[0]?.actor;
    return isCapitalised(this.v.w[nm.end] ?? '') || !a || isPlaceName(a) || a.kind === 'person';
  }

  /** A candidate for a knowledge-base name, marked `place` when it names a place here ("in Kabul"). */
  nameCand(i: number, nm: NameMatch, t0 = i): Cand | null {
    const hit = nm.hits[0];
    if (!hit || this.namesDocument(nm)) return null;
    // (a state's name may begin with "the": "across Iraq, Lebanon, the United Arab Emirates and Jordan")
    const place = isPlaceName(hit.actor) && (this.v.k[i] !== 'the' || hit.actor.kind === 'state');
    const asPlace =
      (place && hit.form === 'name' && t0 === i && !isPossessive(this.v.k[nm.end]) && this.placeContext(i)) ||
      // "the Turkish border", "the Iraqi flag": a demonym describing a place or a thing of the state
      (hit.form === 'adjective' && STATE_THINGS.test(this.v.k[nm.end] ?? '')) ||
      // "Syria's civil war", "Iraq's northern provinces": the state as a place, not an actor
      (place &&
        hit.form === 'name' &&
        t0 === i &&
        isPossessive(this.v.k[nm.end]) &&
        this.possessionIsPlace(nm.end + 1));
    const kind =
      hit.form === 'adjective' ? 'demonym' : hit.actor.kind === 'metonym' && hit.actor.sector ? 'metonym' : 'name';
    const c = this.base(t0, nm.end, kind);
    if (asPlace) c.place = true;
    resolveHits(c, nm.hits, this.v.date);
    // a surname known only from Phoenix and never given in full is too weak to keep
    if (c.weakHits?.every((h) => h.actor.priority < 3) && this.v.k.slice(t0, i).every((k) => DETERMINERS.has(k)))
      c.dropIfUnresolved = true;
    if (c.actorKind === 'person') {
      c.person = true;
      c.personName = { first: this.v.k[i] ?? '', last: this.v.k[nm.end - 1] ?? '' };
      // a surname the date leaves open ("Bush" in 2010) is the one of that surname named in full before (not a
      // given name before a surname of its own: "Cameron Easley")
      if (c.weakHits && !(this.cap(nm.end) && hasLetter(this.v.w[nm.end] ?? ''))) c.needs = 'surname';
    }
    if (hit.form === 'adjective') {
      c.sector = null;
      if (!asPlace && namesPeople(this.v.w, this.v.k, this.v.upos, t0, nm.end)) c.people = true;
    }
    // "Rwanda's Senate": a state owning an institution known as another state's is its own
    if ((c.actorKind === 'institution' || c.actorKind === 'metonym') && isPossessive(this.v.k[t0 - 1])) {
      for (let q = t0 - 2; q >= this.a && q > t0 - 6; q--) {
        const own = this.nameAt(q);
        const oa = own?.hits[0]?.actor;
        if (!own || own.end !== t0 - 1) continue;
        if (
          oa?.kind === 'state' &&
          oa.code &&
          c.code &&
          c.code !== oa.code &&
          /^[A-Z]{3}$/.test(c.code) &&
          c.code !== 'IGO'
        ) {
          c.code = oa.code;
          c.id = null;
          c.name = null;
        }
        break;
      }
    }
    return c;
  }

  /**
   * A state or capital after a preposition of place or topic ("in Kabul", "a threat to Iraq"),
   * or coordinated with one ("in Syria and Iraq"), or standing alone as a heading, is a place.
   */
  placeContext(i: number): boolean {
    if (this.locativeBefore(i)) return true;
    let p = i - 1;
    if (this.v.k[p] === 'the') p--;
    if (p >= this.a && PLACE_PREPOSITIONS.has(this.v.k[p] ?? '') && !this.recipientSlot(p)) return true;
    // "visited Turkey", "fled Syria"
    if (p >= this.a && MOTION_VERBS.test(this.v.k[p] ?? '')) return true;
    // "Arabic-speaking Iraq", "rebel-held Syria": a part of the state's land
    if (/-(speaking|majority|held|controlled|occupied|dominated)$/.test(this.v.k[i - 1] ?? '')) return true;
    // "a new Syria", "a united and democratic Syria": a state described as a place
    for (let q = i - 1, n = 0; q >= this.a && n < 5; q--, n++) {
      const k = this.v.k[q] ?? '';
      // (not "a U.S. strike": there the state names the actor of the noun after it)
      if (k === 'a' || k === 'an') {
        const nm = this.nameAt(i);
        return nm?.hits[0]?.actor.kind !== 'state' || !this.nounAfter(nm.end);
      }
      if (!(k === 'and' || /^[a-z]+$/.test(this.v.w[q] ?? '')) || DETERMINERS.has(k) || PRONOUNS.has(k)) break;
      if (k !== 'and' && (AFTER_HEAD.has(k) || SPEECH_VERBS.has(k))) break;
    }
    // a capital inside a noun phrase, naming the noun after it ("a scorching Baghdad heat", "the 2007 Baghdad crackdown")
    const pk = this.v.k[i - 1] ?? '';
    const inPhrase =
      DETERMINERS.has(pk) || ADJECTIVES.has(pk) || isNumber(this.v.w[i - 1] ?? '') || this.v.upos?.[i - 1] === 'ADJ';
    if (inPhrase && this.nameAt(i)?.hits[0]?.actor.kind === 'metonym' && this.nounAfter(this.nameAt(i)?.end ?? i + 1))
      return true;
    // coordination: walk back over "X, Y and" to the preposition that governs the list
    let q = p;
    if (this.v.k[q] === ',') {
      // a comma alone lists places only when the list goes on after the name ("in Iraq, Syria and …")
      const end = this.nameAt(i)?.end ?? (this.v.k[i] === 'the' ? this.nameAt(i + 1)?.end : undefined) ?? i + 1;
      const after = this.v.w[end] ?? '.';
      if (!(end >= this.b || /^[,.;:]$/.test(after) || after === 'and' || after === 'or')) q = this.a - 1;
    }
    for (let n = 0; n < 8 && q >= this.a; n++) {
      const k = this.v.k[q] ?? '';
      if (k === 'and' || k === ',' || k === 'or') {
        // "While donors cut aid to Kampala, France and Germany continue to …": the list after the comma closing
        // a fronted clause is the main verb's subject, not places of the clause's preposition
        if (k === ',' && this.subjectAfterFrontedClause(q)) return false;
        q--;
        // (the serial comma: "in Dar es Salaam, Tanzania, and Nairobi, Kenya")
        if (k !== ',' && this.v.k[q] === ',') q--;
        if (this.v.k[q] === 'the') q--;
        // skip back over the previous conjunct (a name of up to four words, "Dar es Salaam" too)
        let r = q;
        while (
          r >= this.a &&
          r > q - 4 &&
          (isCapitalised(this.v.w[r] ?? '') ||
            (/^(es|as|al|el|ad|de|du|la)$/.test(this.v.k[r] ?? '') && isCapitalised(this.v.w[r - 1] ?? '')))
        )
          r--;
        // no name before the comma: no list of places (but maybe "Anbar province, Iraq", below)
        if (r === q) break;
        q = r;
        if (this.v.k[q] === 'the') q--;
        if (this.v.k[q] === 'both' || this.v.k[q] === 'either') q--;
        const kk = this.v.k[q] ?? '';
        if (LOCATIVE.has(kk) || PLACE_PREPOSITIONS.has(kk)) return true;
        continue;
      }
      break;
    }
    // "Raqqah, Syria": a state after a place it locates (not after another state: "Saudi Arabia, Turkey")
    const pp = this.v.k[i - 2] ?? '';
    if (
      this.v.k[i - 1] === ',' &&
      i - 2 > this.a &&
      !this.stateEndsAt(i - 1) &&
      ((this.cap(i - 2) && (!this.nameAt(i - 2) || this.nameAt(i - 2)?.hits[0]?.actor.kind === 'metonym')) ||
        /^(province|district|city|region|governorate|county|state|town|village)$/.test(pp))
    ) {
      const end = this.nameAt(i)?.end ?? i + 1;
      const after = this.v.w[end] ?? '.';
      if (end >= this.b || /^[,.;:)]$/.test(after) || /^\d/.test(after)) return true;
      // "Berlin, Germany for a meeting", "Incirlik Air Base, Turkey to support …": not a clause's
      // subject, and the place before it is not an item of a list ("Saudi Arabia, the UAE, Egypt")
      const e = this.v.k[i] === 'the' ? (this.nameAt(i + 1)?.end ?? i + 2) : end;
      const u = this.v.upos?.[e];
      let r = i - 2;
      while (r > this.a && (this.cap(r - 1) || /^(al|as|az|ad|ar|el|of|de)$/.test(this.v.k[r - 1] ?? ''))) r--;
      const listed = /^(,|and|or)$/.test(this.v.k[r - 1] ?? '');
      if (u && u !== 'VERB' && u !== 'AUX' && !isPossessive(this.v.k[e]) && !listed && !this.agentAt(i - 2))
        return true;
    }
    // a heading or dateline: the sentence is the name alone ("Iraq ."), "BAGHDAD -", "KABUL, Afghanistan —"
    const nm = this.nameAt(i);
    if (nm && i === this.a && (nm.end >= this.b - 1 || /^[:\-—–(]$/.test(this.v.w[nm.end] ?? ''))) return true;
    if (nm && i === this.a && isAllCaps(this.v.w[i] ?? '') && this.v.w[nm.end] === ',') return true;
    return false;
  }

  /**
   * Whether the comma at `q` closes a clause opening the sentence with a subordinator ("While …,", "Although …,")
   * and the names after it, with their "and", run into a verb: they are that verb's subject.
   */
  private subjectAfterFrontedClause(q: number): boolean {
    const v = this.v;
    if (!FRONTED_SUBORDINATORS.has(v.k[this.a] ?? '')) return false;
    for (let t = this.a + 1; t < q; t++) if (v.k[t] === ',') return false;
    let e = q + 1;
    while (e < this.b && (isCapitalised(v.w[e] ?? '') || /^(,|and|the)$/.test(v.k[e] ?? '')) && e - q < 12) e++;
    const u = v.upos?.[e];
    return e > q + 1 && (u === 'VERB' || u === 'AUX') && !/ing$/.test(v.k[e] ?? '');
  }

  /** Whether a state's name of several words ends right before token `end` ("Saudi Arabia"). */
  private stateEndsAt(end: number): boolean {
    for (let q = end - 2; q >= this.a && q > end - 5; q--)
      if (this.nameAt(q)?.end === end && this.nameAt(q)?.hits[0]?.actor.kind === 'state') return true;
    return false;
  }

  /**
   * "permission to Russia", "sold arms to Israel", "sanctions on Iran": the state after the
   * preposition at `p` is the party the act is directed at, an actor.
   */
  private recipientSlot(p: number): boolean {
    const k = this.v.k[p] ?? '';
    const before = this.v.k[p - 1] ?? '';
    if (p - 1 < this.a) return false;
    // "sell jets to Chile": a verb of giving, its object, then "to"
    if (k === 'to')
      return (
        RECIPIENT_BEFORE_TO.test(before) ||
        (p - 2 >= this.a && this.v.upos?.[p - 1] === 'NOUN' && RECIPIENT_BEFORE_TO.test(this.v.k[p - 2] ?? ''))
      );
    if (k === 'on') return RECIPIENT_BEFORE_ON.test(before);
    return false;
  }

  /** "… 's civil war", "… 's northern provinces": what a state has as a place or a condition. */
  private possessionIsPlace(j: number): boolean {
    for (let q = j; q < this.b && q < j + 3; q++) {
      const k = this.v.k[q] ?? '';
      const w = this.v.w[q] ?? '';
      if (STATE_POSSESSIONS.test(k) && (q === j || /^[a-z]/.test(w))) return true;
      // "Syria's Idlib province": the name of a part of the state
      if (!(/^[a-z-]+$/.test(w) || (isCapitalised(w) && !this.nameAt(q))) || this.agentAt(q)) return false;
    }
    return false;
  }

  /** Whether the token at `end` is a noun a name before it modifies ("Paris meeting", "Samarra Barrage"). */
  nounAfter(end: number): boolean {
    const v = this.v;
    const w = v.w[end] ?? '';
    const k = v.k[end] ?? '';
    if (end >= this.b || !/^\p{L}/u.test(w)) return false;
    if (v.upos?.[end] && v.upos[end] !== 'NOUN' && v.upos[end] !== 'PROPN') return false;
    if (AFTER_HEAD.has(k) || SPEECH_VERBS.has(k) || DETERMINERS.has(k) || PRONOUNS.has(k) || /ed$/.test(k))
      return false;
    if (this.agentAt(end) || this.nameAt(end)) return false;
    return !/^(is|are|was|were|has|have|had|will|would|says|said|remains|continues)$/.test(k);
  }

  private locativeBefore(i: number): boolean {
    let p = i - 1;
    if (this.v.k[p] === 'the') p--;
    if (this.v.k[p] === 'both' || this.v.k[p] === 'either') p--;
    if (p < this.a) return false;
    const k = this.v.k[p] ?? '';
    if (!LOCATIVE.has(k)) return false;
    // "northern Afghanistan" is a place; "Northern Alliance" is not reached here (it is a name)
    return true;
  }

  // ---------- nominal actors and role phrases ----------
  private nominal(i: number, sofar: readonly Cand[]): Found | null {
    return nominalAt(this, i, sofar);
  }

  /** The end of an unknown capitalised name of up to three words at p ("Sana", "Al Jazeera"), or p. */
  unknownOrgName(p: number): number {
    const v = this.v;
    let q = p;
    while (
      q < this.b &&
      q - p < 3 &&
      this.cap(q) &&
      hasLetter(v.w[q] ?? '') &&
      !NOT_NAMES.has(v.k[q] ?? '') &&
      !this.nameAt(q) &&
      !this.agentAt(q) &&
      !this.kb.givenNames.has(v.k[q] ?? '')
    )
      q++;
    return q;
  }

  /**
   * Whether a role noun appears within the next few title-case tokens (so they are a role), or,
   * with `lower`, within the next few words ("own family", "democratically elected government").
   */
  agentAhead(j: number, lower = false): number | null {
    for (let q = j; q < this.b && q - j < (lower ? 4 : 7); q++) {
      const w = this.v.w[q] ?? '';
      const k = this.v.k[q] ?? '';
      if (this.agentAt(q)) return q;
      if (lower && /^[a-z-]+$/.test(w) && !DETERMINERS.has(k) && !AFTER_HEAD.has(k) && !SPEECH_VERBS.has(k)) continue;
      if (!(isCapitalised(w) || (CONNECTORS.has(k) && isCapitalised(this.v.w[q + 1] ?? '')))) return null;
      if (this.nameAt(q)?.hits[0]?.actor.kind === 'person') return null;
    }
    return null;
  }

  headFits(t0: number, end: number, info: AgentInfo): boolean {
    const v = this.v;
    const nextW = v.w[end] ?? '';
    const next = v.k[end] ?? '';
    if (v.upos) {
      const u = v.upos[end - 1];
      // a tagger may mistag a role noun ("ally" as an adverb); after a modifier it is still the head
      const prevU = end - 2 >= this.a ? v.upos[end - 2] : undefined;
      const afterModifier = prevU === 'ADJ' || prevU === 'DET' || prevU === 'PART' || prevU === 'NUM' || end - 1 > t0;
      const closed = u === 'ADP' || u === 'CCONJ' || u === 'SCONJ' || u === 'AUX' || u === 'PUNCT';
      if (u && u !== 'NOUN' && u !== 'PROPN' && u !== 'PRON' && u !== 'ADJ' && u !== 'X' && !(afterModifier && !closed))
        return false;
      const un = v.upos[end];
      // a noun before "to" is a verb the tagger missed ("the group plans to …", "the enemy attempt to …")
      const verbBeforeTo =
        v.k[end + 1] === 'to' && (/[^s]s$/.test(next) || /^(attempt|plan|want|need|seek|try|hope|intend)$/.test(next));
      // "a U.S. official today said": a day adverb the tagger calls a noun is no head after the role noun
      const notHead = verbBeforeTo || /^(today|yesterday|tonight|tomorrow)$/.test(next);
      // "ousted president Jean-Bertrand Aristide": a capitalised word the tagger calls a noun is a name after a person's role
      const nameNext = info.person && isCapitalised(nextW) && this.nameAfterRole(end) !== null;
      if (un === 'NOUN' && !info.plural && !isPossessive(next) && !notHead && !nameNext && !this.actsIn(end, info))
        return false;
      return true;
    }
    if (end >= this.b || !hasLetter(nextW) || isPossessive(next)) return true;
    if (isCapitalised(nextW)) return true;
    if (AFTER_HEAD.has(next) || SPEECH_VERBS.has(next)) return true;
    if (info.plural && !ADJ_LIKE_AGENTS.has(info.term)) return true;
    const single = end - t0 === 1;
    if (single && ADJ_LIKE_AGENTS.has(info.term))
      return /ed$/.test(next) || /^(maintains|says|said|continues|insists|denies|claims)$/.test(next);
    return !/^[a-z]+$/.test(next) || /ed$|ly$/.test(next);
  }

  /**
   * A body noun compounding the act it carries out ("a coalition airstrike", "coalition air
   * strikes", "regime bombardment", "the coalition campaign"): the body is the actor of the act, a
   * mention, as a state is in "a U.S. strike". Not for "military" and "security", which describe
   * the act's kind ("military operations"), nor for one person's role ("rebel attack").
   */
  actsIn(end: number, info: AgentInfo): boolean {
    if (info.person || info.term === 'military' || info.term === 'security') return false;
    const next = this.v.k[end] ?? '';
    if (next === 'air') return /^(strikes?|raids?|attacks?|campaign|operations?)$/.test(this.v.k[end + 1] ?? '');
    return ACT_NOUNS.test(next);
  }

  definiteAt(i: number, detEnd: number): boolean {
    for (let t = i; t < detEnd; t++) if (DEFINITE_DETS.has(this.v.k[t] ?? '')) return true;
    return false;
  }

  codeFrom(c: Cand, nm: NameMatch): void {
    const hit = nm.hits[0];
    if (!hit) return;
    const tmp = this.base(0, 1, 'name');
    resolveHits(tmp, nm.hits, this.v.date);
    c.code = tmp.code;
    if (tmp.actorKind === 'group' && tmp.sector) c.sector = tmp.sector;
    if ((tmp.actorKind === 'igo' || tmp.actorKind === 'ngo') && !c.person && c.sector !== 'MIL') c.sector = tmp.sector;
    // "General Motors Chairman X", "an Exxon spokesman": a person's post in a known company is a business post
    if ((tmp.sector === 'BUS' || tmp.code === 'MNC') && c.person) c.sector = 'BUS';
    if (tmp.actorKind === 'person') {
      c.code = tmp.code;
    }
  }

  /** "the country", "his country", "the two countries". */
  stateNounCand(
    i: number,
    sn: { t0: number; plural: boolean },
    possessorPronoun: number | null,
    owner: { t0: number; nm: NameMatch } | null,
    _sofar: readonly Cand[],
    quantity: boolean,
  ): Found | null {
    const v = this.v;
    if (i === sn.t0) return null;
    const c = this.base(i, sn.t0 + 1, 'nominal');
    c.actorKind = 'state';
    c.plural = sn.plural;
    if (owner) return null;
    if (possessorPronoun !== null) {
      const k = v.k[possessorPronoun] ?? '';
      const pinfo = PRONOUNS.get(k);
      if (!pinfo) return null;
      const pc = this.base(possessorPronoun, possessorPronoun + 1, 'pronoun');
      pc.pronoun = { ...pinfo, word: k };
      pc.person = pinfo.person && !pinfo.plural;
      pc.plural = pinfo.plural;
      pc.needs = 'pronoun';
      c.possessor = pc;
      c.needs = 'country';
      return { cands: [c], next: c.t1 };
    }
    const dets = v.k.slice(i, sn.t0);
    if (sn.plural && (dets.includes('two') || dets.includes('both'))) {
      c.needs = 'states';
      return { cands: [c], next: c.t1 };
    }
    if (!sn.plural && dets.includes('the') && !quantity) {
      c.needs = 'country';
      return { cands: [c], next: c.t1 };
    }
    return null;
  }

  /**
   * A person's name right after a role noun ("President Donald Trump", "Ambassador Dedov") or
   * set off by commas ("…, General Zubair Mahmood Hayat,").
   */
  nameAfterRole(end: number): { t0: number; nameStart: number; end: number; military: boolean } | null {
    const v = this.v;
    let p = this.afterAbbreviation(end);
    const comma = v.k[p] === ',';
    if (comma) p++;
    const t0 = p;
    let military = false;
    while (p < this.b && TITLES.has(v.k[p] ?? '') && isCapitalised(v.w[p] ?? '') && !this.nameAt(p)) {
      if (MILITARY_TITLES.has(v.k[p] ?? '')) military = true;
      p = this.afterAbbreviation(p + 1);
    }
    const nameStart = p;
    const nm = this.nameAt(p);
    let q = p;
    // a known name, or a known first name that a longer name goes on from ("Albert Connelly")
    if (nm && this.personish(p, nm) && !(nm.end - p === 1 && this.cap(nm.end) && !this.nameAt(nm.end))) q = nm.end;
    else {
      while (
        q < this.b &&
        q - p < 5 &&
        this.cap(q) &&
        hasLetter(v.w[q] ?? '') &&
        !NOT_NAMES.has(v.k[q] ?? '') &&
        !this.agentAt(q)
      ) {
        const kind = this.nameAt(q)?.hits[0]?.actor.kind;
        if (kind && kind !== 'person' && kind !== 'institution' && !this.kb.givenNames.has(v.k[q] ?? '')) break;
        q++;
      }
    }
    if (q === nameStart) return null;
    if (comma) {
      // an appositive ends the clause or is closed by a comma
      const after = v.w[q] ?? '.';
      if (!(/^[,.;:!?)"”’'—–-]$/.test(after) || SPEECH_VERBS.has(v.k[q] ?? '') || q >= this.b || after === 'who'))
        return null;
    } else if (end - 1 >= 0 && !isCapitalised(v.w[end - 1] ?? '') && q - nameStart < 2) {
      // "the minister Smith" is rare; lower-case role nouns need a full name after them
      return null;
    }
    return { t0, nameStart, end: q, military };
  }

  /** The token after an abbreviation's own full stop ("Spc." written as "Spc" "."), else `p`. */
  private afterAbbreviation(p: number): number {
    const v = this.v;
    // a format character alone (a left-to-right mark pasted after a title) is no word
    if (/^\p{Cf}+$/u.test(v.w[p] ?? '') && p + 1 < this.b) return p + 1;
    const prev = v.w[p - 1] ?? '';
    if (v.w[p] === '.' && v.starts[p] === v.ends[p - 1] && /^\p{Lu}\p{Ll}{1,3}$/u.test(prev) && p + 1 < this.b)
      return p + 1;
    return p;
  }

  /** Fills a role phrase's candidate with the person its name names. */
  applyName(c: Cand, _t0: number, nameStart: number, end: number): void {
    const v = this.v;
    c.person = true;
    c.plural = false;
    c.personName = { first: v.k[nameStart] ?? '', last: v.k[end - 1] ?? '' };
    const nm = this.nameAt(nameStart);
    if (nm && nm.end === end && nm.hits[0]?.actor.kind !== 'person' && nm.hits[0]?.actor.code && !c.code) {
      c.code = nm.hits[0].actor.code;
    }
    if (nm && nm.end === end && nm.hits[0]?.actor.kind === 'person') {
      const roleSector = c.sector;
      const tmp = this.base(nameStart, end, 'name');
      resolveHits(tmp, nm.hits, v.date);
      if (tmp.weakHits) {
        c.weakHits = tmp.weakHits;
        c.needs = 'surname';
        c.name = null;
      } else {
        c.name = tmp.name;
        // the role phrase names the state ("Palestinian Prime Minister Ismail Haniyeh"): the text
        // says whose post it is, over a knowledge-base code of another date or a party
        const said = c.code !== null && tmp.code !== c.code;
        c.code = said ? c.code : (tmp.code ?? c.code);
        c.sector = said ? (roleSector ?? tmp.sector) : (tmp.sector ?? roleSector);
        c.id = tmp.id;
        c.actorKind = 'person';
        if (tmp.datedSurname) c.datedSurname = true;
        if (tmp.role) c.role = tmp.role;
      }
      return;
    }
    c.name = v.text.slice(v.starts[nameStart] ?? 0, v.ends[end - 1] ?? 0);
    c.actorKind = 'person';
    if (end - nameStart === 1) c.needs = 'surname';
    else this.misspeltPersonFill(c, nameStart, end);
  }

  /** "President Francois Mitterand": a full name one letter off a known person's surname names that person. */
  private misspeltPersonFill(c: Cand, nameStart: number, end: number): void {
    const v = this.v;
    const actor = misspeltPerson(this.kb.byGiven, v.k.slice(nameStart, end));
    if (!actor) return;
    const tmp = this.base(nameStart, end, 'name');
    resolveHits(tmp, [{ actor, form: 'name', caps: false, anyCase: false, weak: false }], v.date);
    const said = c.code !== null && tmp.code !== c.code;
    c.name = tmp.name;
    c.id = tmp.id;
    c.code = said ? c.code : (tmp.code ?? c.code);
    if (!said && tmp.sector) c.sector = tmp.sector;
  }

  // ---------- unknown proper-noun runs ----------
  private run(i: number, sofar: readonly Cand[]): Found | null {
    const v = this.v;
    if (!this.cap(i) || !hasLetter(v.w[i] ?? '')) return null;
    let j = i;
    let military = false;
    while (j < this.b && TITLES.has(v.k[j] ?? '') && isCapitalised(v.w[j] ?? '') && !this.nameAt(j)) {
      if (MILITARY_TITLES.has(v.k[j] ?? '')) military = true;
      j = this.afterAbbreviation(j + 1);
    }
    const titled = j > i;
    if (!titled && NOT_NAMES.has(v.k[i] ?? '')) return null;
    // ("Hopefully the President …": a sentence's opening adverb is no name)
    if (!titled && i === this.a && v.upos?.[i] === 'ADV' && /ly$/.test(v.k[i] ?? '') && !this.cap(i + 1)) return null;
    // a title before a known name: "Mr Ellwood", "Lt Gen Sergei Rudskoi" (but a known first
    // name is only the start of "Sgt. Albert Connelly")
    const nm = j < this.b ? this.nameAt(j) : null;
    const longer = nm !== null && this.cap(nm.end) && hasLetter(v.w[nm.end] ?? '') && !NOT_NAMES.has(v.k[nm.end] ?? '');
    if (titled && nm && !longer) {
      const c = this.nameCand(j, nm, i);
      if (c) {
        c.person = c.person || nm.hits[0]?.actor.kind === 'person';
        if (military && c.person) c.sector = 'MIL';
        if (c.weakHits) c.needs = 'surname';
        return { cands: [c], next: nm.end };
      }
    }
    let r = j;
    while (
      r < this.b &&
      r - j < 8 &&
      !(r > j && LEGAL_FORMS.has(v.k[r - 1] ?? '')) &&
      ((this.cap(r) && hasLetter(v.w[r] ?? '') && !(r > j && this.nameAt(r) && !this.runContinues(r, j))) ||
        (r > j && /^(al|el|bin|ibn)-\p{Lu}/u.test(v.w[r] ?? '')) ||
        // "Karim and Sadiq" are two people
        (CONNECTORS.has(v.k[r] ?? '') && v.k[r] !== 'and' && v.k[r] !== '&' && r > j && this.cap(r + 1)) ||
        (/^\p{Lu}\.$/u.test(v.w[r] ?? '') && r > j))
    ) {
      if (r > j && NOT_NAMES.has(v.k[r] ?? '') && !CONNECTORS.has(v.k[r] ?? '')) break;
      r++;
    }
    while (r > j && CONNECTORS.has(v.k[r - 1] ?? '')) r--;
    if (r === j) return titled ? null : null;
    const len = r - j;
    const last = v.k[r - 1] ?? '';
    const first = v.k[j] ?? '';
    const c = this.base(i, r, 'name');
    // "General Motors", "U.S. manufacturer General Dynamics": a rank word before a company's trade word, or after a
    // noun for a kind of company, is part of the company's name ("Ms. Mills" stays a person)
    const company = TRADE_HEADS.has(last) || ORG_HEADS.get(last) === 'BUS' || TRADE_NOUNS.has(v.k[i - 1] ?? '');
    if (titled && military && company) {
      c.actorKind = 'institution';
      c.sector = 'BUS';
      c.name = v.text.slice(c.start, c.end);
      return { cands: [c], next: r };
    }
    // organisations: "Iraqi Security Forces", "Syrian Computer Society"
    const orgSector = this.orgSector(j, r);
    if (orgSector && (len >= 2 || titled) && !titled) {
      c.actorKind = 'institution';
      c.sector = orgSector;
      c.name = v.text.slice(c.start, c.end);
      for (let q = j; q < r; q++) {
        const inner = this.nameAt(q);
        if (inner && inner.hits[0]?.actor.kind !== 'person') {
          const tmp = this.base(q, inner.end, 'name');
          resolveHits(tmp, inner.hits, v.date);
          c.code = tmp.code;
          if (tmp.actorKind === 'group' || tmp.actorKind === 'igo') c.sector = tmp.sector ?? c.sector;
          break;
        }
      }
      if (v.k[i - 1] === 'the') {
        c.t0 = i - 1;
        c.start = v.starts[i - 1] ?? c.start;
      }
      return { cands: [c], next: r };
    }
    const prev = v.k[i - 1] ?? '';
    const nextK = v.k[r] ?? '';
    const speaker =
      SPEECH_VERBS.has(nextK) ||
      (SPEECH_VERBS.has(prev) && prev !== 'according') ||
      (prev === 'to' && v.k[i - 2] === 'according');
    // a surname seen before, with or without its Arabic article ("Maliki" after "Nouri al-Maliki")
    const bare = (k: string): string => k.replace(/^(al|el)-/, '');
    const known = this.persons.some(
      (p) => p.personName && (bare(p.personName.last) === bare(last) || p.personName.first === first) && len === 1,
    );
    const given = this.kb.givenNames.has(first);
    const arabic = len >= 2 && this.arabicPersonName(i, j, r);
    // "Gareth Bayley, the UK Special Representative for Syria": a name set off by its role (or conjoined with
    // a known body's name: "Daria Vasko and BBC World Service")
    const appositive =
      len >= 2 && len <= 4 && !this.headline && (this.roleAppositiveAt(r) || (len <= 3 && this.personAndBody(j)));
    // an encyclopaedia's lead: "Abboud Qanbar (Arabic: …)", "Jane Roe (born 1960)"
    const lead =
      len >= 2 &&
      len <= 4 &&
      v.w[r] === '(' &&
      /^(arabic|persian|farsi|kurdish|pashto|urdu|hebrew|turkish|russian|born|died)$/.test(v.k[r + 1] ?? '') &&
      v.k[i - 1] !== 'operation' &&
      !/^(mountains?|river|lake|dam|barrage|canal|valley|village|district|province|governorate|city|town|island|desert|plain|region|sea|gulf|airport|base|mosque|hospital|university|school|stadium|bridge|palace|camp|prison|news|tv|radio)$/.test(
        last,
      );
    // "Isiah L. Booker": a given name, a middle initial and a surname
    const initialled =
      len === 3 &&
      /^\p{Lu}\.$/u.test(v.w[i + 1] ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(v.w[i] ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(v.w[i + 2] ?? '') &&
      !this.headline;
    // "A local doctor from Husaybah, Zahid Mohammed Rawi, said": a name set off after a person's role phrase
    const roleBefore = len >= 2 && len <= 4 && !titled ? this.roleSetOffBefore(i, r, sofar) : null;
    const personLike =
      roleBefore !== null ||
      titled ||
      known ||
      arabic ||
      appositive ||
      lead ||
      initialled ||
      (given && len >= 2 && !this.headline) ||
      (given && len === 1 && !this.headline && !(i === this.a && !speaker)) ||
      (speaker && len >= 2 && len <= 4 && !this.headline) ||
      (speaker && len === 1 && i > this.a && !this.headline);
    if (!personLike) return { cands: [], next: r };
    if (!titled && len === 1 && this.locativeBefore(i)) return { cands: [], next: r };
    // only a given name to go by, in a place's slot: "based in Virginia Beach", "of Woodbridge, Virginia"
    const onlyGiven = !titled && !known && !arabic && !speaker && !appositive && !lead && !roleBefore;
    const afterPlace = v.w[i - 1] === ',' && this.cap(i - 2) && hasLetter(v.w[i - 2] ?? '') && !this.nameAt(i - 2);
    if (onlyGiven && (this.locativeBefore(i) || afterPlace)) return { cands: [], next: r };
    c.person = true;
    c.actorKind = 'person';
    c.name = v.text.slice(v.starts[j] ?? 0, v.ends[r - 1] ?? 0);
    c.personName = { first, last };
    if (military) c.sector = 'MIL';
    if (len === 1 || known) c.needs = 'surname';
    else if (len >= 2) this.misspeltPersonFill(c, j, r);
    if (roleBefore && c.code === null) {
      // the role's person: its code, sector and role ("A local doctor …, X," is one doctor)
      c.code = roleBefore.code;
      c.sector = roleBefore.sector ?? c.sector;
      c.role = roleBefore.role;
    }
    return { cands: [c], next: r };
  }

  /**
   * The person role phrase a name from i to r is set off after by commas ("A local doctor from Husaybah, X Y,"),
   * with at most a place after the role ("from/in/of <Name>"), else null.
   */
  private roleSetOffBefore(i: number, r: number, sofar: readonly Cand[]): Cand | null {
    const v = this.v;
    if (v.k[i - 1] !== ',' || !/^[,.;]$/.test(v.w[r] ?? '.')) return null;
    // (a place named after the role, "from Husaybah", is a candidate of its own: step over it)
    let prev: Cand | undefined;
    for (let n = sofar.length - 1; n >= 0 && !prev; n--) {
      const c = sofar[n];
      if (c && !c.place && c.t1 < i) prev = c;
    }
    if (!prev?.person || prev.plural || (prev.kind !== 'nominal' && prev.kind !== 'title')) return null;
    const gap = i - 1 - prev.t1;
    if (gap === 0) return prev;
    // "… from Husaybah,": a preposition and a capitalised place name of up to three words
    if (gap > 4 || !/^(from|in|of|at)$/.test(v.k[prev.t1] ?? '')) return null;
    for (let q = prev.t1 + 1; q < i - 1; q++) if (!this.cap(q) || !hasLetter(v.w[q] ?? '')) return null;
    return prev;
  }

  /** A comma and a person's role after a name ("…, the UK Special Representative", "…, a local doctor,"). */
  private roleAppositiveAt(r: number): boolean {
    const v = this.v;
    if (v.k[r] !== ',') return false;
    for (let q = r + 1; q < this.b && q < r + 7; q++) {
      const ag = this.agentAt(q);
      // a role followed by its own holder's name ("…, Defense Secretary Ash Carter") is not this name's
      if (ag) return ag.info.person && !ag.info.plural && !(this.cap(ag.end) && hasLetter(v.w[ag.end] ?? ''));
      const k = v.k[q] ?? '';
      if (!(DETERMINERS.has(k) || this.cap(q) || ADJECTIVES.has(k) || isPossessive(k))) return false;
    }
    return false;
  }

  /**
   * An Arabic-style personal name: a kunya ("Abu Ghadiya", "Umm Hassan") or a name ending in an
   * "al-" family name ("Mohan al-Freiji"), unless it names a place ("near Abu Kamal", "Deir al-Zour").
   */
  private arabicPersonName(i: number, j: number, r: number): boolean {
    const v = this.v;
    const first = v.k[j] ?? '';
    const last = v.w[r - 1] ?? '';
    const kunya = first === 'abu' || first === 'umm' || first === 'abou';
    const family = /^(al|el|ul|bin|ibn)-\p{Lu}/u.test(last);
    if (!kunya && !family) return false;
    if (ARABIC_PLACE_WORDS.has(first)) return false;
    const p = v.k[i - 1] ?? '';
    return !(LOCATIVE.has(p) || PLACE_PREPOSITIONS.has(p) || MOTION_VERBS.test(p));
  }

  private runContinues(r: number, j: number): boolean {
    const nm = this.nameAt(r);
    const hit = nm?.hits[0];
    if (hit?.actor.kind === 'person') return true;
    // "Michael Jordan", "Andrew Chad": a given name before a state's one-word name that ends the run is a surname
    const v = this.v;
    return (
      r - j === 1 &&
      this.kb.givenNames.has(v.k[j] ?? '') &&
      v.upos?.[j] === 'PROPN' &&
      hit?.actor.kind === 'state' &&
      hit.form === 'name' &&
      nm?.end === r + 1 &&
      !this.cap(r + 1) &&
      !isPossessive(v.k[r + 1])
    );
  }
}

/** What a broadcast network is named for ("Fox Business Network", "Cable News Network", "Sports Network"). */
const BROADCAST_WORDS = /^(news|business|cable|television|tv|radio|broadcasting|sports|satellite)$/;

/** Ordinal words before a numbered unit ("Third Corps"). */
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

export const tokenKey = normToken;
