// Calendar time for touch, date and stat: seconds since the epoch to a civil date and back (the proleptic
// Gregorian calendar, days counted from 1970-01-01), and the local time zone as the C library finds it:
// $TZ unset is /etc/localtime; TZ="" is UTC; TZ=":FILE" or TZ=NAME is a TZif file (absolute, or under
// /usr/share/zoneinfo); otherwise a POSIX "NAMEoffset" string (UTC0, JST-9). A zone file's transition
// table is used (version 1 or the 64-bit version 2 block); past its last transition its last type holds,
// and a POSIX string's daylight-saving rule is not applied (only its standard offset).
#pragma once

#include <solo/env.hpp>
#include <solo/inline_string.hpp>
#include <solo/io/read_all.hpp>
#include <solo/string.hpp>
#include <solo/vector.hpp>

namespace tool {

struct Civil {
  long long year;
  int month, day, hour, minute, second; // month 1..12, day 1..31
  int weekday;                          // 0 Sunday
  int yearday;                          // 0..365
};

inline long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

inline bool leap_year(long long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline Civil civil_from_seconds(long long t) {
  long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  long long rem = t - days * 86400;
  Civil c{};
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem / 60 % 60);
  c.second = static_cast<int>(rem % 60);
  c.weekday = static_cast<int>(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  c.yearday = static_cast<int>(days - days_from_civil(c.year, 1, 1));
  return c;
}

inline long long seconds_from_civil(long long y, int mo, int d, int h, int mi, int s) {
  return days_from_civil(y, mo, d) * 86400 + h * 3600LL + mi * 60LL + s;
}

// The local time zone: the offsets and abbreviations in force at each moment.
class TimeZone {
public:
  struct Type {
    long offset; // seconds east of UTC
    bool dst;
    solo::InlineString<15> abbreviation; // GNU's %Z: "EST", "CEST", "+0530"
  };

  static TimeZone load() {
    TimeZone z;
    auto tz = solo::env::get("TZ");
    if (!tz) {
      z.load_file("/etc/localtime");
      return z;
    }
    solo::StringView s = tz->c_str();
    if (s.empty()) return z;
    if (s[0] == ':') s.remove_prefix(1);
    if (z.load_name(s)) return z;
    z.load_posix(s);
    return z;
  }
  static TimeZone utc() { return TimeZone(); }

  // The type in force at `t`.
  const Type &at(long long t) const {
    if (types_.empty()) return utc_;
    if (times_.empty() || t < times_[0]) return types_[first_type_];
    size_t lo = 0, hi = times_.size();
    while (hi - lo > 1) {
      size_t mid = (lo + hi) / 2;
      (times_[mid] <= t ? lo : hi) = mid;
    }
    return types_[indexes_[lo]];
  }

  // The moment a local civil time names, from the offsets around it (in an overlap the earlier one); false
  // for a time a change of offset skips ("02:30" on the night clocks go forward), as GNU's tools refuse it.
  bool from_local(long long local, long long &out) const {
    long long a = local - at(local - 86400).offset, b = local - at(local + 86400).offset;
    bool a_ok = a + at(a).offset == local, b_ok = b + at(b).offset == local;
    if (!a_ok && !b_ok) return false;
    out = a_ok && b_ok ? (a < b ? a : b) : a_ok ? a : b;
    return true;
  }

private:
  TimeZone() { (void)utc_.abbreviation.try_append("UTC"); }

  bool load_name(solo::StringView name) {
    solo::String path;
    if (!name.starts_with('/')) path.append("/usr/share/zoneinfo/");
    path.append(name);
    return load_file(path.c_str());
  }

  static long long big_endian(const unsigned char *p, int bytes) {
    unsigned long long v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | p[i];
    if (bytes == 4) return static_cast<int>(static_cast<unsigned>(v));
    return static_cast<long long>(v);
  }

  bool load_file(const char *path) {
    auto data = solo::io::read_file(solo::CStr(path));
    if (!data) return false;
    auto *p = reinterpret_cast<const unsigned char *>(data->data());
    size_t size = data->size();
    if (size < 44 || p[0] != 'T' || p[1] != 'Z' || p[2] != 'i' || p[3] != 'f') return false;
    auto counts = [&](size_t at, long long(&c)[6]) {
      for (int i = 0; i < 6; ++i) c[i] = big_endian(p + at + 20 + 4 * i, 4);
    };
    long long c[6]; // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    counts(0, c);
    size_t width = 4, at = 44;
    if (p[4] >= '2') {
      size_t skip = 44 + c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
      if (skip + 44 > size) return false;
      counts(skip, c);
      width = 8;
      at = skip + 44;
    }
    size_t need = at + c[3] * (width + 1) + c[4] * 6 + c[5];
    if (need > size || c[4] == 0) return false;
    for (long long i = 0; i < c[3]; ++i) times_.push_back(big_endian(p + at + i * width, static_cast<int>(width)));
    at += c[3] * width;
    for (long long i = 0; i < c[3]; ++i) indexes_.push_back(p[at + i] < c[4] ? p[at + i] : 0);
    at += c[3];
    const char *chars = reinterpret_cast<const char *>(p + at + c[4] * 6);
    for (long long i = 0; i < c[4]; ++i) {
      const unsigned char *t = p + at + i * 6;
      Type type{};
      type.offset = static_cast<long>(big_endian(t, 4));
      type.dst = t[4] != 0;
      size_t idx = t[5] < c[5] ? t[5] : 0;
      solo::StringView abbr(chars + idx);
      if (abbr.size() > static_cast<size_t>(c[5]) - idx) abbr = abbr.substr(0, static_cast<size_t>(c[5]) - idx);
      (void)type.abbreviation.try_append(abbr.substr(0, 15));
      types_.push_back(std::move(type));
    }
    // Before the first transition: the first standard-time type (as the C library takes it).
    first_type_ = 0;
    for (size_t i = 0; i < types_.size(); ++i)
      if (!types_[i].dst) {
        first_type_ = i;
        break;
      }
    return true;
  }

  // "NAMEoffset": NAME of three or more letters (or <...>), offset [+-]hh[:mm[:ss]] west of UTC.
  void load_posix(solo::StringView s) {
    Type type{};
    size_t i = 0;
    solo::StringView name;
    if (!s.empty() && s[0] == '<') {
      size_t close = s.find('>');
      if (close == solo::StringView::npos) return;
      name = s.substr(1, close - 1);
      i = close + 1;
    } else {
      while (i < s.size() && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;
      name = s.substr(0, i);
    }
    if (name.size() < 3 && s[0] != '<') return;
    bool west = true;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) west = s[i++] == '+';
    long parts[3] = {0, 0, 0};
    int part = 0;
    bool digits = false;
    for (; i < s.size() && part < 3; ++i) {
      if (s[i] >= '0' && s[i] <= '9') {
        parts[part] = parts[part] * 10 + (s[i] - '0');
        digits = true;
      } else if (s[i] == ':') {
        ++part;
      } else {
        break;
      }
    }
    if (!digits) return;
    long seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
    type.offset = west ? -seconds : seconds;
    (void)type.abbreviation.try_append(name.substr(0, 15));
    types_.push_back(std::move(type));
  }

  solo::Vector<long long> times_;
  solo::Vector<unsigned char> indexes_;
  solo::Vector<Type> types_;
  size_t first_type_ = 0;
  Type utc_{};
};

} // namespace tool
