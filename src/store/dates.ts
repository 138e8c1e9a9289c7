/**
 * Turns a TIMEX3-style value ("2018-02-08", "2018-W06", "2018-02", "2018") into the day that
 * stands for it in the store: the day itself, the Monday of the week, the first of the month;
 * a bare year or a reference ("PAST_REF") falls back to the publication date.
 */
export function dayOf(value: string | null | undefined, published: string | null): string | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  if (!value) return pub;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`) ?? pub;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return isoWeekMonday(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return valid(`${m[1]}-${m[2]}-01`) ?? pub;
  m = /^(\d{4})$/.exec(value);
  if (m) return pub?.startsWith(m[1]!) ? pub : valid(`${m[1]}-01-01`);
  return pub;
}

function valid(d: string): string | null {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== d ? null : d;
}

function isoWeekMonday(year: number, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // 0 = Monday
  const monday = new Date(jan4.getTime() - dow * 86400000 + (week - 1) * 7 * 86400000);
  return monday.toISOString().slice(0, 10);
}
