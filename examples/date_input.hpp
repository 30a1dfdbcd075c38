// The dates touch -d and date -d read: a subset of GNU's free-form syntax, the forms scripts use:
//   @SECONDS[.FRACTION]                       seconds since the epoch
//   YYYY-MM-DD                                midnight, local time
//   YYYY-MM-DD[T| ]HH:MM[:SS[.FRACTION]]      local time, or with a zone: Z, UTC, UT, GMT, +HH, +HHMM, +HH:MM
//   HH:MM[:SS[.FRACTION]] [zone]              today at that time
//   now, today                                the current time
//   "" (empty)                                the start of today
// and the POSIX stamp of touch -t and date's operand form: [[CC]YY]MMDDhhmm[.ss].
#pragma once

#include "civil_time.hpp"

#include <solo/timespec.hpp>

namespace tool {

namespace date_input {

inline bool digits(solo::StringView s, size_t &i, size_t count, long &out) {
  if (i + count > s.size()) return false;
  long v = 0;
  for (size_t k = 0; k < count; ++k) {
    char c = s[i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  i += count;
  return true;
}

inline void skip_blanks(solo::StringView s, size_t &i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// ".123456789" or ",5": nanoseconds (further digits dropped, as GNU's).
inline bool fraction(solo::StringView s, size_t &i, long &nanos) {
  nanos = 0;
  if (i >= s.size() || (s[i] != '.' && s[i] != ',')) return true;
  ++i;
  if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  long scale = 100000000;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, scale /= 10) nanos += (s[i] - '0') * scale;
  return true;
}

inline bool valid(long long y, long mo, long d, long h, long mi, long sec) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return false;
  return d <= days[mo - 1] + (mo == 2 && leap_year(y));
}

// An explicit zone after a time: its offset east of UTC.
inline bool zone(solo::StringView s, size_t &i, bool &given, long &offset) {
  skip_blanks(s, i);
  given = false;
  if (i == s.size()) return true;
  solo::StringView rest = s.substr(i);
  for (solo::StringView name :
       {solo::StringView("UTC"), solo::StringView("GMT"), solo::StringView("UT"), solo::StringView("Z")}) {
    if (rest.size() >= name.size()) {
      bool same = true;
      for (size_t k = 0; k < name.size(); ++k) same &= (rest[k] & ~0x20) == name[k];
      if (same && (rest.size() == name.size() || rest[name.size()] == '+' || rest[name.size()] == '-' ||
                   rest[name.size()] == ' ')) {
        i += name.size();
        given = true;
        offset = 0;
        skip_blanks(s, i);
        if (i == s.size()) return true;
        break;
      }
    }
  }
  if (s[i] != '+' && s[i] != '-') return false;
  bool east = s[i++] == '+';
  long h = 0, m = 0;
  if (!digits(s, i, 2, h)) return false;
  if (i < s.size() && s[i] == ':') ++i;
  if (i < s.size() && !digits(s, i, 2, m)) return false;
  if (h > 24 || m > 59) return false;
  offset = (east ? 1 : -1) * (h * 3600 + m * 60);
  given = true;
  skip_blanks(s, i);
  return i == s.size();
}

} // namespace date_input

// `text` as a moment; false when it is not one of the forms above.
inline bool parse_date(solo::StringView text, const TimeZone &tz, solo::Timespec now, solo::Timespec &out) {
  using namespace date_input;
  size_t i = 0;
  skip_blanks(text, i);
  solo::StringView s = text.substr(i);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  i = 0;
  if (s == "now" || s == "today") return out = now, true;
  if (s.empty()) { // "": the start of today
    Civil c = civil_from_seconds(now.tv_sec + tz.at(now.tv_sec).offset);
    out.tv_nsec = 0;
    return tz.from_local(seconds_from_civil(c.year, c.month, c.day, 0, 0, 0), out.tv_sec);
  }
  if (!s.empty() && s[0] == '@') {
    i = 1;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
    long long v = 0;
    size_t start = i;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (v > 1'000'000'000'000'000LL) return false;
      v = v * 10 + (s[i] - '0');
    }
    if (i == start) return false;
    long nanos = 0;
    if (!fraction(s, i, nanos) || i != s.size()) return false;
    out.tv_sec = negative ? -v : v;
    out.tv_nsec = nanos;
    if (negative && nanos) out.tv_sec -= 1, out.tv_nsec = 1'000'000'000 - nanos;
    return true;
  }
  long long year;
  long mo, d, h = 0, mi = 0, sec = 0, nanos = 0;
  Civil today = civil_from_seconds(now.tv_sec + tz.at(now.tv_sec).offset);
  long y4 = 0;
  bool has_date = false;
  if (digits(s, i, 4, y4) && i < s.size() && s[i] == '-') {
    ++i;
    year = y4;
    size_t before = i;
    // Months and days of one or two digits.
    auto number = [&](long &v) {
      before = i;
      v = 0;
      while (i < s.size() && i - before < 2 && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
      return i > before;
    };
    if (!number(mo) || i >= s.size() || s[i] != '-') return false;
    ++i;
    if (!number(d)) return false;
    has_date = true;
    if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) ++i;
    skip_blanks(s, i);
  } else {
    i = 0;
    year = today.year, mo = today.month, d = today.day;
  }
  bool has_time = false;
  size_t t = i;
  long hh;
  if (digits(s, t, 2, hh) || (t = i, digits(s, t, 1, hh))) {
    if (t < s.size() && s[t] == ':') {
      i = t + 1;
      h = hh;
      if (!digits(s, i, 2, mi)) return false;
      if (i < s.size() && s[i] == ':') {
        ++i;
        if (!digits(s, i, 2, sec)) return false;
        if (!fraction(s, i, nanos)) return false;
      }
      has_time = true;
    }
  }
  if (!has_date && !has_time) return false;
  bool zone_given = false;
  long offset = 0;
  if (!zone(s, i, zone_given, offset)) return false;
  if (!valid(year, mo, d, h, mi, sec)) return false;
  long long local = seconds_from_civil(year, static_cast<int>(mo), static_cast<int>(d), static_cast<int>(h),
                                       static_cast<int>(mi), static_cast<int>(sec));
  out.tv_nsec = nanos;
  if (zone_given) return out.tv_sec = local - offset, true;
  return tz.from_local(local, out.tv_sec);
}

// [[CC]YY]MMDDhhmm[.ss], local time. Two-digit years 69..99 are 19YY, 00..68 are 20YY (POSIX).
inline bool parse_posix_stamp(solo::StringView s, const TimeZone &tz, solo::Timespec now, solo::Timespec &out) {
  using namespace date_input;
  size_t dot = s.find('.');
  solo::StringView main = s.substr(0, dot);
  long sec = 0;
  if (dot != solo::StringView::npos) {
    size_t k = dot + 1;
    if (!digits(s, k, 2, sec) || k != s.size()) return false;
  }
  size_t n = main.size();
  if (n != 8 && n != 10 && n != 12) return false;
  size_t i = 0;
  long long year = civil_from_seconds(now.tv_sec + tz.at(now.tv_sec).offset).year;
  long v;
  if (n == 12) {
    if (!digits(main, i, 4, v)) return false;
    year = v;
  } else if (n == 10) {
    if (!digits(main, i, 2, v)) return false;
    year = v < 69 ? 2000 + v : 1900 + v;
  }
  long mo, d, h, mi;
  if (!digits(main, i, 2, mo) || !digits(main, i, 2, d) || !digits(main, i, 2, h) || !digits(main, i, 2, mi))
    return false;
  if (!valid(year, mo, d, h, mi, sec)) return false;
  long long local = seconds_from_civil(year, static_cast<int>(mo), static_cast<int>(d), static_cast<int>(h),
                                       static_cast<int>(mi), static_cast<int>(sec));
  out.tv_nsec = 0;
  return tz.from_local(local, out.tv_sec);
}

} // namespace tool
