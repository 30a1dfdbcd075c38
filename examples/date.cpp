// date: the time now, -d DATE's (date_input.hpp's forms) or -r FILE's modification time, in the C locale's
// default layout or as +FORMAT (strftime's conversions with GNU's flags - _ 0 ^ # and widths, %N, %:z ...),
// as -R (RFC 5322), -I[TIMESPEC] (ISO 8601) or --rfc-3339=TIMESPEC; -u uses UTC. -s DATE, or an operand
// MMDDhhmm[[CC]YY][.ss], sets the clock (CLOCK_REALTIME; root only), then prints the new time.
#include "civil_time.hpp"
#include "date_input.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/stat.hpp>
#include <solo/sys/time.hpp>
#include <solo/time.hpp>

namespace {

namespace sys = solo::sys;

const char *const day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

struct Moment {
  solo::Timespec t;
  tool::Civil c;
  long offset;
  const char *zone;
};

// ISO 8601 week-based year and week (%G, %V).
void iso_week(const tool::Civil &c, long long &year, int &week) {
  int wday = (c.weekday + 6) % 7; // Monday 0
  int w = (c.yearday - wday + 10) / 7;
  year = c.year;
  if (w < 1) {
    --year;
    int days = tool::leap_year(year) ? 366 : 365;
    int yd = c.yearday + days;
    w = (yd - wday + 10) / 7;
  } else {
    int days = tool::leap_year(c.year) ? 366 : 365;
    if (w == 53 && c.yearday - wday + 3 >= days) ++year, w = 1;
  }
  week = w;
}

// Text or a number laid out by the conversion's flags: '-' no padding, '_' spaces, '0' zeros, '^' upper
// case, '#' swapped case (GNU's: names to upper case, %Z to lower), width.
void emit(solo::io::Stream &out, solo::StringView text, bool numeric, char pad, int width, bool upper, bool swap,
          int default_width, char default_pad) {
  if (width < 0) width = default_width;
  if (pad == 0) pad = default_pad;
  if (pad == '-') width = 0;
  char buf[256];
  size_t n = text.size() < sizeof buf ? text.size() : sizeof buf;
  for (size_t i = 0; i < n; ++i) {
    char ch = text[i];
    if (upper && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    if (swap)
      ch = (ch >= 'a' && ch <= 'z')   ? static_cast<char>(ch - 32)
           : (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32)
                                      : ch;
    buf[i] = ch;
  }
  solo::StringView t(buf, n);
  bool negative = numeric && !t.empty() && t[0] == '-';
  if (negative && pad == '0') {
    out.put('-');
    t.remove_prefix(1);
    --width;
  }
  for (int i = static_cast<int>(t.size()); i < width; ++i)
    out.put(pad == '_' || !numeric ? ' ' : pad == '0' || pad == '-' ? '0' : ' ');
  out.write(t);
}

void format(solo::io::Stream &out, solo::StringView f, const Moment &m) {
  const tool::Civil &c = m.c;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') {
      out.put(f[i]);
      continue;
    }
    size_t start = i++;
    char pad = 0;
    bool upper = false, swap = false;
    for (; i < f.size(); ++i) {
      if (f[i] == '-' || f[i] == '_' || f[i] == '0')
        pad = f[i];
      else if (f[i] == '^')
        upper = true;
      else if (f[i] == '#')
        swap = true;
      else
        break;
    }
    int width = -1;
    if (i < f.size() && f[i] >= '1' && f[i] <= '9') {
      width = 0;
      for (; i < f.size() && f[i] >= '0' && f[i] <= '9'; ++i)
        width = width < 100000 ? width * 10 + (f[i] - '0') : width;
    }
    int colons = 0;
    while (i < f.size() && f[i] == ':' && colons < 3) ++colons, ++i;
    if (i < f.size() && (f[i] == 'E' || f[i] == 'O')) ++i; // the alternative forms are the same in C
    if (i >= f.size()) {
      out.write(f.substr(start));
      return;
    }
    char conv = f[i];
    char buf[64];
    auto number = [&](long long v, int digits, char default_pad = '0') {
      auto r = solo::format_to(buf, "{}", v);
      emit(out, r.text, true, pad, width, false, false, digits, default_pad);
    };
    auto text = [&](solo::StringView s, bool swap_upper = true) {
      emit(out, s, false, pad, width, upper || (swap && swap_upper), swap && !swap_upper, 0, ' ');
    };
    long long g_year;
    int iso;
    switch (conv) {
    case '%':
      text("%");
      break;
    case 'a':
      text(solo::StringView(day_names[c.weekday], 3));
      break;
    case 'A':
      text(day_names[c.weekday]);
      break;
    case 'b':
    case 'h':
      text(solo::StringView(month_names[c.month - 1], 3));
      break;
    case 'B':
      text(month_names[c.month - 1]);
      break;
    case 'c': {
      auto r =
          solo::format_to(buf, "{} {} {:>2} {:02}:{:02}:{:02} {}", solo::StringView(day_names[c.weekday], 3),
                          solo::StringView(month_names[c.month - 1], 3), c.day, c.hour, c.minute, c.second, c.year);
      text(r.text);
      break;
    }
    case 'C':
      number(c.year >= 0 ? c.year / 100 : -((-c.year + 99) / 100), 2);
      break;
    case 'd':
      number(c.day, 2);
      break;
    case 'D': {
      auto r = solo::format_to(buf, "{:02}/{:02}/{:02}", c.month, c.day, ((c.year % 100) + 100) % 100);
      text(r.text);
      break;
    }
    case 'e':
      number(c.day, 2, '_');
      break;
    case 'F': {
      auto r = solo::format_to(buf, "{:04}-{:02}-{:02}", c.year, c.month, c.day);
      emit(out, r.text, true, pad, width, false, false, 0, '0');
      break;
    }
    case 'g':
      iso_week(c, g_year, iso), number(((g_year % 100) + 100) % 100, 2);
      break;
    case 'G':
      iso_week(c, g_year, iso), number(g_year, 4);
      break;
    case 'H':
      number(c.hour, 2);
      break;
    case 'I':
      number(c.hour % 12 == 0 ? 12 : c.hour % 12, 2);
      break;
    case 'j':
      number(c.yearday + 1, 3);
      break;
    case 'k':
      number(c.hour, 2, '_');
      break;
    case 'l':
      number(c.hour % 12 == 0 ? 12 : c.hour % 12, 2, '_');
      break;
    case 'm':
      number(c.month, 2);
      break;
    case 'M':
      number(c.minute, 2);
      break;
    case 'n':
      text("\n");
      break;
    case 'N': {
      // Nanoseconds; a width keeps that many leading digits.
      auto r = solo::format_to(buf, "{:09}", m.t.tv_nsec);
      int digits = width < 0 ? 9 : width > 9 ? 9 : width;
      if (pad == '-' || pad == '_') digits = 9;
      solo::StringView s = r.text.substr(0, static_cast<size_t>(digits));
      out.write(s);
      for (int k = digits; k < width; ++k) out.put('0');
      break;
    }
    case 'p':
      text(c.hour < 12 ? "AM" : "PM", false);
      break;
    case 'P':
      text(c.hour < 12 ? "am" : "pm");
      break;
    case 'q':
      number((c.month - 1) / 3 + 1, 1);
      break;
    case 'r': {
      auto r = solo::format_to(buf, "{:02}:{:02}:{:02} {}", c.hour % 12 == 0 ? 12 : c.hour % 12, c.minute, c.second,
                               c.hour < 12 ? "AM" : "PM");
      text(r.text);
      break;
    }
    case 'R': {
      auto r = solo::format_to(buf, "{:02}:{:02}", c.hour, c.minute);
      text(r.text);
      break;
    }
    case 's':
      number(m.t.tv_sec, 1);
      break;
    case 'S':
      number(c.second, 2);
      break;
    case 't':
      text("\t");
      break;
    case 'T': {
      auto r = solo::format_to(buf, "{:02}:{:02}:{:02}", c.hour, c.minute, c.second);
      text(r.text);
      break;
    }
    case 'u':
      number(c.weekday == 0 ? 7 : c.weekday, 1);
      break;
    case 'U':
      number((c.yearday + 7 - c.weekday) / 7, 2);
      break;
    case 'V':
      iso_week(c, g_year, iso), number(iso, 2);
      break;
    case 'w':
      number(c.weekday, 1);
      break;
    case 'W':
      number((c.yearday + 7 - (c.weekday + 6) % 7) / 7, 2);
      break;
    case 'x': {
      auto r = solo::format_to(buf, "{:02}/{:02}/{:02}", c.month, c.day, ((c.year % 100) + 100) % 100);
      text(r.text);
      break;
    }
    case 'X': {
      auto r = solo::format_to(buf, "{:02}:{:02}:{:02}", c.hour, c.minute, c.second);
      text(r.text);
      break;
    }
    case 'y':
      number(((c.year % 100) + 100) % 100, 2);
      break;
    case 'Y':
      number(c.year, 1);
      break;
    case 'z': {
      long off = m.offset < 0 ? -m.offset : m.offset;
      char sign = m.offset < 0 ? '-' : '+';
      long h = off / 3600, mi = off / 60 % 60, s = off % 60;
      solo::FormatResult r;
      if (colons == 0)
        r = solo::format_to(buf, "{}{:02}{:02}", sign, h, mi);
      else if (colons == 1)
        r = solo::format_to(buf, "{}{:02}:{:02}", sign, h, mi);
      else if (colons == 2)
        r = solo::format_to(buf, "{}{:02}:{:02}:{:02}", sign, h, mi, s);
      else if (s != 0)
        r = solo::format_to(buf, "{}{:02}:{:02}:{:02}", sign, h, mi, s);
      else if (mi != 0)
        r = solo::format_to(buf, "{}{:02}:{:02}", sign, h, mi);
      else
        r = solo::format_to(buf, "{}{:02}", sign, h);
      emit(out, r.text, true, pad, width, false, false, 0, '0');
      break;
    }
    case 'Z':
      emit(out, m.zone, false, pad, width, upper, swap, 0, ' ');
      break;
    default:
      out.write(f.substr(start, i + 1 - start));
    }
  }
}

bool iso_spec(solo::StringView s, int &level) {
  static constexpr const char *names[] = {"date", "hours", "minutes", "seconds", "ns"};
  int found = -1, matches = 0;
  for (int k = 0; k < 5; ++k) {
    solo::StringView n = names[k];
    if (n == s) return level = k, true;
    if (n.starts_with(s)) found = k, ++matches;
  }
  if (matches == 1) return level = found, true;
  return false;
}

bool bad_spec(solo::StringView s, const char *option, bool iso) {
  solo::println(solo::io::stderr, "{}: {} argument {} for {}", tool::program, s.empty() ? "ambiguous" : "invalid",
                tool::quote(s), tool::quote(option));
  if (iso)
    solo::println(solo::io::stderr,
                  "Valid arguments are:\n  - 'hours'\n  - 'minutes'\n  - 'date'\n  - 'seconds'\n  - 'ns'");
  else
    solo::println(solo::io::stderr, "Valid arguments are:\n  - 'date'\n  - 'seconds'\n  - 'ns'");
  tool::try_help();
  return false;
}

} // namespace

static const char usage[] = " [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\n"
                            "Display the current time in the given FORMAT, or set the system date.\n\n"
                            "  -d, --date=STRING          display time described by STRING, not 'now'\n"
                            "  -I[FMT], --iso-8601[=FMT]  output date/time in ISO 8601 format (date, hours,\n"
                            "                               minutes, seconds, ns)\n"
                            "  -R, --rfc-email            output date and time in RFC 5322 format\n"
                            "      --rfc-3339=FMT         output date/time in RFC 3339 format (date, seconds, ns)\n"
                            "  -r, --reference=FILE       display the last modification time of FILE\n"
                            "  -s, --set=STRING           set time described by STRING\n"
                            "  -u, --utc, --universal     print or set Coordinated Universal Time (UTC)";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int rfc3339_id = 1000;
  const solo::Option options[] = {{'d', "date", true},
                                  {'I', "iso-8601", false, 0, true},
                                  {'R', "rfc-email"},
                                  {0, "rfc-3339", true, rfc3339_id},
                                  {'r', "reference", true},
                                  {'s', "set", true},
                                  {'u', "utc"},
                                  {'u', "universal"}};
  const char *date = nullptr, *reference = nullptr, *set = nullptr;
  bool utc = false;
  int iso = -1, rfc3339 = -1;
  bool rfc_email = false;
  int n = 0, styles = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'd':
      date = p.value().data();
      break;
    case 'I':
      if (p.value().data() == nullptr)
        iso = 0;
      else if (!iso_spec(p.value(), iso))
        return bad_spec(p.value(), "--iso-8601", true), 1;
      ++styles;
      break;
    case 'R':
      rfc_email = true, ++styles;
      break;
    case rfc3339_id: {
      int level;
      solo::StringView v = p.value();
      if (!iso_spec(v, level) || level == 1 || level == 2) return bad_spec(v, "--rfc-3339", false), 1;
      rfc3339 = level, ++styles;
      break;
    }
    case 'r':
      reference = p.value().data();
      break;
    case 's':
      set = p.value().data();
      break;
    case 'u':
      utc = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  char **operands = argv + 1;
  const char *format = nullptr;
  const char *stamp = nullptr;
  if (n > 0 && operands[0][0] == '+')
    format = operands[0] + 1;
  else if (n > 0)
    stamp = operands[0];
  if (n > 1) {
    solo::println(solo::io::stderr, "{}: extra operand {}", tool::program, tool::quote(operands[1]));
    tool::try_help();
    return 1;
  }
  if (styles > 1 || (styles && format)) {
    solo::println(solo::io::stderr, "{}: multiple output formats specified", tool::program);
    return 1;
  }
  if ((date != nullptr) + (reference != nullptr) + (set != nullptr || stamp != nullptr) > 1) {
    solo::println(solo::io::stderr, "{}: the options to specify dates for printing are mutually exclusive",
                  tool::program);
    tool::try_help();
    return 1;
  }
  tool::TimeZone tz = utc ? tool::TimeZone::utc() : tool::TimeZone::load();
  solo::Timespec now = solo::time::clock_gettime(solo::time::Clock::Realtime).value_or(solo::Timespec{});
  Moment m{};
  m.t = now;
  if (date || set) {
    const char *text = date ? date : set;
    if (!tool::parse_date(text, tz, now, m.t)) {
      solo::println(solo::io::stderr, "{}: invalid date {}", tool::program, tool::quote(text));
      return 1;
    }
  } else if (stamp) {
    // MMDDhhmm[[CC]YY][.ss]: the year after the time, unlike touch -t.
    solo::StringView s = stamp;
    size_t dot = s.find('.');
    solo::StringView main_part = s.substr(0, dot);
    char rearranged[32];
    bool ok = main_part.size() == 8 || main_part.size() == 10 || main_part.size() == 12;
    if (ok) {
      solo::StringView year = main_part.substr(8);
      auto r = solo::format_to(rearranged, "{}{}{}", year, main_part.substr(0, 8),
                               dot == solo::StringView::npos ? solo::StringView() : s.substr(dot));
      ok = tool::parse_posix_stamp(r.text, tz, now, m.t);
    }
    if (!ok) {
      solo::println(solo::io::stderr, "{}: invalid date {}", tool::program, tool::quote(stamp));
      return 1;
    }
  } else if (reference) {
    sys::Stat st;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(reference), st); !r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, reference, r.error());
      return 1;
    }
    m.t = {st.st_mtim.tv_sec, st.st_mtim.tv_nsec};
  }
  tool::lock_down();
  int status = 0;
  if (set || stamp) {
    if (auto r = sys::clock_settime(static_cast<int>(solo::time::Clock::Realtime), &m.t); !r) {
      solo::println(solo::io::stderr, "{}: cannot set date: {}", tool::program, r.error());
      status = 1;
    }
  }
  const tool::TimeZone::Type &type = tz.at(m.t.tv_sec);
  m.offset = type.offset;
  m.zone = type.abbreviation.c_str();
  m.c = tool::civil_from_seconds(m.t.tv_sec + m.offset);
  auto &out = solo::io::stdout;
  if (format) {
    ::format(out, format, m);
  } else if (rfc_email) {
    ::format(out, "%a, %d %b %Y %H:%M:%S %z", m);
  } else if (iso >= 0) {
    static constexpr const char *forms[] = {"%Y-%m-%d", "%Y-%m-%dT%H%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%:z",
                                            "%Y-%m-%dT%H:%M:%S,%N%:z"};
    ::format(out, forms[iso], m);
  } else if (rfc3339 >= 0) {
    ::format(out, rfc3339 == 0 ? "%Y-%m-%d" : rfc3339 == 3 ? "%Y-%m-%d %H:%M:%S%:z" : "%Y-%m-%d %H:%M:%S.%N%:z", m);
  } else {
    ::format(out, "%a %b %e %H:%M:%S %Z %Y", m);
  }
  out.put('\n');
  return status;
}
