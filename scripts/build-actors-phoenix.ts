/**
 * Parses the Phoenix (TABARI-format) actor and agent dictionaries
 * (../shared/reference/phoenix-dictionaries, MIT, Open Event Data Alliance) into dyad's actor
 * and agent entries. Used by scripts/build-actors.ts; pure functions, no I/O.
 */

export const SECTORS = new Set([
  'GOV',
  'MIL',
  'REB',
  'INS',
  'OPP',
  'PTY',
  'COP',
  'JUD',
  'SPY',
  'IGO',
  'NGO',
  'MED',
  'EDU',
  'BUS',
  'CVL',
  'REF',
  'LEG',
  'ELI',
  'CRM',
  'LAB',
  'HLH',
  'AGR',
  'DEV',
  'ENV',
  'REL',
  'UAF',
  'SEP',
  'MOD',
  'RAD',
  'HRI',
  'IMG',
  'MNC',
  'SPY',
  'PRO',
]);

export interface Provenance {
  readonly source: string;
  readonly note?: string;
  readonly line?: number;
  readonly asOf?: string;
}

export interface Role {
  code: string;
  sector: string | null;
  role?: string;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  id: string;
  kind: 'state' | 'igo' | 'ngo' | 'group' | 'person' | 'institution' | 'metonym';
  name: string;
  aliases: string[];
  code: string | null;
  sector: string | null;
  country?: string | null;
  roles?: Role[];
  provenance: Provenance;
}

export interface AgentEntry {
  term: string;
  sector: string;
  person?: boolean;
  provenance: Provenance;
}

/** "BARACK_OBAMA_" → "Barack Obama"; keeps short all-caps tokens (UN, U.S., ISIS) as they are. */
export function phoenixPhrase(raw: string): string {
  const words = raw
    .replace(/\(.*?\)/g, ' ')
    .replace(/_+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .map((w) => {
      if (/^(?:[A-Z]\.){2,}$/.test(w) || (/^[A-Z&]{2,5}$/.test(w) && words.length === 1)) return w;
      return w
        .toLowerCase()
        .replace(/(^|[-'’\s])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())
        .replace(/^(Al|Bin|Ibn|El|Abu|Bou|Ben|Of|The|And|De|Da|Du|Van|Von|Der|La|Le)(?=[-\s]|$)/, (m) =>
          ['Of', 'The', 'And'].includes(m) ? m.toLowerCase() : m,
        );
    })
    .join(' ')
    .replace(/\b(Of|The|And|For|In|To)\b/g, (m, _p, off: number) => (off === 0 ? m : m.toLowerCase()));
}

/** A Phoenix date: YYMMDD (years ≤ 20 are 20YY) or YYYYMMDD → ISO date, or undefined. */
export function phoenixDate(s: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 20 ? 2000 + yy : 1900 + yy;
    m = Number(s.slice(2, 4));
    d = Number(s.slice(4, 6));
  } else if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    m = Number(s.slice(4, 6));
    d = Number(s.slice(6, 8));
  } else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Country codes of the Phoenix/CAMEO dictionaries that differ from ISO 3166-1 alpha-3 (CAMEO's own
 * spellings, and "ANG", the dictionaries' code for Angola, whose CAMEO and ISO code is AGO).
 */
const ISO_OF_CAMEO: Readonly<Record<string, string>> = {
  ANG: 'AGO',
  JAP: 'JPN',
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  BUR: 'MMR',
  SER: 'SRB',
  GER: 'DEU',
};

/** "USAGOV" → {code USA, sector GOV}; "IGOUNO" → {code IGO, sector IGO}; "ANGREB" → {AGO, REB}; "---" → null. */
export function phoenixCode(raw: string): { code: string; sector: string | null } | null {
  const c = raw.replace(/^~/, '').toUpperCase();
  if (!/^[A-Z]{3,}$/.test(c)) return null;
  const head = c.slice(0, 3);
  const segs: string[] = [];
  for (let i = 3; i + 3 <= c.length; i += 3) segs.push(c.slice(i, i + 3));
  if (head === 'IGO') return { code: 'IGO', sector: 'IGO' };
  if (head === 'NGO') return { code: 'NGO', sector: 'NGO' };
  if (head === 'IMG') return { code: 'IMG', sector: 'INS' };
  const sector = segs.find((s) => SECTORS.has(s)) ?? null;
  return { code: ISO_OF_CAMEO[head] ?? head, sector };
}

/** Parses one code block "[USAGOV 010120-090120]" / "[USAGOV >090120]" / "[IGOUNO]". */
export function phoenixRole(block: string): Role | null {
  const [codeRaw, dates] = block.trim().split(/\s+/);
  if (!codeRaw) return null;
  const c = phoenixCode(codeRaw);
  if (!c) return null;
  const role: Role = { code: c.code, sector: c.sector };
  if (dates) {
    const gt = /^>(\d+)$/.exec(dates);
    const lt = /^<(\d+)$/.exec(dates);
    const range = /^(\d+)-(\d+)$/.exec(dates);
    const from = gt ? phoenixDate(gt[1] ?? '') : range ? phoenixDate(range[1] ?? '') : undefined;
    const to = lt ? phoenixDate(lt[1] ?? '') : range ? phoenixDate(range[2] ?? '') : undefined;
    if (from) role.from = from;
    if (to) role.to = to;
  }
  return role;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * Parses a TABARI actor dictionary. An entry is a primary line (name, optional inline code
 * blocks, optional # comment), '+' alias lines, and tab-indented code-block lines. Primary
 * lines with no codes of their own take the codes of the next block (TABARI's shared-codes
 * convention).
 */
export function parseActorDictionary(text: string, file: string): ActorEntry[] {
  interface Raw {
    name: string;
    aliases: string[];
    roles: Role[];
    line: number;
  }
  const out: Raw[] = [];
  let pending: Raw[] = [];
  /** The entries the last code line finished: the code lines right after it are theirs too. */
  let coded: Raw[] = [];
  let cur: Raw | null = null;
  const flush = () => {
    if (cur) pending.push(cur);
    cur = null;
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const hashAt = rawLine.indexOf('#');
    const line = (hashAt >= 0 ? rawLine.slice(0, hashAt) : rawLine).replace(/\s+$/, '');
    if (!line.trim()) return;
    const blocks = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
    const body = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !body) {
      // a code line
      const roles = blocks.map(phoenixRole).filter((r): r is Role => r !== null);
      flush();
      // a second dated role line ("[IRQELI …]" then "[IRQGOV …]") belongs to the entries the first one finished
      const owners = pending.length ? pending : coded;
      for (const p of owners) p.roles.push(...roles);
      if (roles.length && pending.length) {
        out.push(...pending);
        coded = pending;
        pending = [];
      }
      return;
    }
    if (body.startsWith('+')) {
      if (cur) (cur as Raw).aliases.push(phoenixPhrase(body.slice(1)));
      else if (pending.length) pending[pending.length - 1]?.aliases.push(phoenixPhrase(body.slice(1)));
      return;
    }
    if (body.startsWith('!') || body.startsWith('<')) return;
    flush();
    coded = [];
    // A new primary line: entries waiting for codes that got some are finished.
    if (pending.length && pending.every((p) => p.roles.length > 0)) {
      out.push(...pending);
      pending = [];
    }
    cur = { name: phoenixPhrase(body), aliases: [], roles: [], line: i + 1 };
    if (blocks.length) {
      const roles = blocks.map(phoenixRole).filter((r): r is Role => r !== null);
      cur.roles.push(...roles);
    }
  });
  flush();
  out.push(...pending.filter((p) => p.roles.length > 0));
  const entries: ActorEntry[] = [];
  for (const r of out) {
    if (!r.name || r.roles.length === 0) continue;
    const codes = new Set(r.roles.map((x) => x.code));
    const dated = r.roles.some((x) => x.from || x.to);
    const first = r.roles.find((x) => !x.from && !x.to) ?? r.roles[r.roles.length - 1] ?? r.roles[0];
    if (!first) continue;
    // a country block: every code a bare state code, possibly dated ("IRAQ_" coded IRQ until
    // 2003, "CROATIA_" coded YUG until 1991) — a territory and its cities, not a person
    const isCountryOnly = r.roles.every(
      (x) => x.sector === null && /^[A-Z]{3}$/.test(x.code) && !['IGO', 'NGO', 'IMG'].includes(x.code),
    );
    const kind: ActorEntry['kind'] = isCountryOnly
      ? 'state'
      : dated
        ? 'person'
        : first.code === 'IGO'
          ? 'igo'
          : first.code === 'NGO'
            ? 'ngo'
            : first.code === 'IMG' || ['REB', 'INS', 'SEP', 'RAD'].includes(first.sector ?? '')
              ? 'group'
              : 'institution';
    // a bare body noun given as a translation ("Tanzim" = "Organization") would name every organisation
    const aliases = [...new Set(r.aliases.filter((a) => a && a !== r.name && !BODIES.test(a.toLowerCase())))];
    const e: ActorEntry = {
      id: `kb:${kind === 'person' ? 'person' : kind === 'state' ? 'state' : 'org'}/${kind === 'state' ? first.code.toLowerCase() : slug(r.name)}`,
      kind,
      name: r.name,
      aliases,
      code: first.code,
      sector: first.sector,
      provenance: { source: `phoenix-dictionaries/${file}`, line: r.line },
    };
    if (/^[A-Z]{3}$/.test(first.code) && !['IGO', 'NGO', 'IMG'].includes(first.code)) e.country = first.code;
    if (dated || codes.size > 1) e.roles = r.roles;
    entries.push(e);
  }
  return entries;
}

const BODIES =
  /^(government|ministry|ministries|department|council|police|army|party|parties|forces?|movement|military|navy|court|parliament|assembly|agency|company|committee|commission|office|union|group|media|press|regime|administration|cabinet|embassy|industry|business|bank|university|school|church|people|population|public|staff|personnel|service|services|association|organi[sz]ation|unit|corps|brigade|battalion|division|squad|team|crew)$/;
const PERSON =
  /(er|or|ist|ian|man|woman|ant|ent|ary|ee|eer|ier|chief|head|general|leader|official|envoy|diplomat|spokesperson|president|chairman|officer|lord|king|queen|prince|emir|judge|monk|priest|imam|cleric|mullah|rabbi|bishop|pope|citizen|civilian|child|boy|girl|worker|student|lawyer|doctor|nurse|soldier|guard|rebel|militant|insurgent|terrorist|jihadi|jihadist|activist|protester|refugee|migrant|victim)$/;

/** Whether a Phoenix role noun names one person (its last word is a person noun). */
export function namesPerson(term: string): boolean {
  const last = term.split(' ').pop() ?? '';
  // the role is the head before "of …" ("secretary of defense")
  const head = term.includes(' of ') ? (term.split(' of ')[0]?.split(' ').pop() ?? last) : last;
  return !BODIES.test(head) && PERSON.test(head);
}

/** Parses Phoenix.agents.txt: "TERM [~SEC]" lines with !MACRO! = A, B expansions. */
export function parseAgentDictionary(text: string, file: string): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const hashAt = rawLine.indexOf('#');
    const line = (hashAt >= 0 ? rawLine.slice(0, hashAt) : rawLine).trim();
    if (!line) return;
    const mac = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (mac?.[1] && mac[2]) {
      macros.set(
        mac[1],
        mac[2].split(',').map((s) => s.trim()),
      );
      return;
    }
    const m = /^([^[]+?)\s*\[~?([A-Z]{3})[A-Z]*\]/.exec(line);
    if (!m?.[1] || !m[2]) return;
    let forms = [m[1]];
    for (const [k, vals] of macros) {
      forms = forms.flatMap((f) => (f.includes(`!${k}!`) ? vals.map((v) => f.replace(`!${k}!`, `_${v}`)) : [f]));
    }
    for (const f of forms) {
      const base = f.replace(/\{\}/g, ' ').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      // TABARI stems ("defence minist") stand for every word they begin
      const terms = /minist$/.test(base) ? ['er', 'ers', 'ry', 'ries'].map((x) => base + x) : [base];
      const sector = m[2] === 'PPL' ? 'CVL' : m[2];
      for (const term of terms) {
        // "ambassador to {}": the preposition belongs to the phrase, not the role noun
        if (!term || term.includes('!') || seen.has(term) || /\s(to|for|at|of|in|on|from|with)$/.test(term)) continue;
        seen.add(term);
        out.push({
          term,
          sector,
          person: namesPerson(term),
          provenance: { source: `phoenix-dictionaries/${file}`, line: i + 1 },
        });
      }
    }
  });
  return out;
}
