// uniq: each run of equal adjacent lines once, from INPUT (or standard input) to OUTPUT (or standard output).
// -c prefixes the count, -d prints only runs of two or more, -u only lines that are alone; -i compares
// ignoring ASCII case, -f N skips N fields (blanks then non-blanks), -s N skips N bytes after them, -w N
// compares at most N bytes. As GNU's uniq in the C locale; the input streams through (a line of any length).
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io/line_reader.hpp>
#include <solo/parse.hpp>
#include <solo/string.hpp>
#include <solo/sys/file.hpp>

namespace {

using solo::StringView;
namespace sys = solo::sys;

size_t skip_fields = 0, skip_bytes = 0, compare_bytes = SIZE_MAX;
bool ignore_case = false, counts = false, only_repeated = false, only_unique = false;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The part of a line that is compared.
StringView key(StringView line) {
  size_t i = 0;
  for (size_t f = 0; f < skip_fields && i < line.size(); ++f) {
    while (i < line.size() && is_blank(line[i])) ++i;
    while (i < line.size() && !is_blank(line[i])) ++i;
  }
  line.remove_prefix(i);
  line.remove_prefix(skip_bytes < line.size() ? skip_bytes : line.size());
  return line.substr(0, compare_bytes);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same(StringView a, StringView b) {
  a = key(a), b = key(b);
  if (a.size() != b.size()) return false;
  if (!ignore_case) return a == b;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// One run ends: its first line, and how many there were.
void emit(solo::io::Stream &out, StringView line, unsigned long long n) {
  if ((only_repeated && n < 2) || (only_unique && n > 1)) return;
  if (counts) solo::format_to(out, "{:>7} ", n);
  out.Sink::write(line.data(), line.size());
  out.put('\n');
}

// A count option's number: any size (huge ones mean "all").
bool parse_count(StringView text, size_t &value) {
  auto v = solo::parse_int<unsigned long long>(text);
  if (!v && v.error() == solo::Errno::ERANGE && text.find_first_not_of("0123456789") == StringView::npos) {
    value = SIZE_MAX;
    return true;
  }
  if (!v || text.starts_with('+') || text.starts_with('-')) return false;
  value = *v > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(*v);
  return true;
}

} // namespace

static const char usage[] = " [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or "
                            "standard input),\nwriting to OUTPUT (or standard output).\n\n"
                            "  -c, --count           prefix lines by the number of occurrences\n"
                            "  -d, --repeated        only print duplicate lines, one for each group\n"
                            "  -f, --skip-fields=N   avoid comparing the first N fields\n"
                            "  -i, --ignore-case     ignore differences in case when comparing\n"
                            "  -s, --skip-chars=N    avoid comparing the first N characters\n"
                            "  -u, --unique          only print unique lines\n"
                            "  -w, --check-chars=N   compare no more than N characters in lines";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'c', "count"},
                                  {'d', "repeated"},
                                  {'f', "skip-fields", true},
                                  {'i', "ignore-case"},
                                  {'s', "skip-chars", true},
                                  {'u', "unique"},
                                  {'w', "check-chars", true}};
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    const char *what = nullptr;
    switch (o) {
    case 'c':
      counts = true;
      break;
    case 'd':
      only_repeated = true;
      break;
    case 'u':
      only_unique = true;
      break;
    case 'i':
      ignore_case = true;
      break;
    case 'f':
      if (!parse_count(p.value(), skip_fields)) what = "fields to skip";
      break;
    case 's':
      if (!parse_count(p.value(), skip_bytes)) what = "bytes to skip";
      break;
    case 'w':
      if (!parse_count(p.value(), compare_bytes)) what = "bytes to compare";
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
    if (what) {
      solo::println(solo::io::stderr, "{}: {}: invalid number of {}", argv[0], p.value(), what);
      return 1;
    }
  }
  if (n > 2) {
    solo::println(solo::io::stderr, "{}: extra operand '{}'", argv[0], operands[2]);
    tool::try_help();
    return 1;
  }
  tool::lock_down();
  StringView input = n > 0 ? StringView(operands[0]) : "-";
  solo::Fd in_file, out_file;
  int in = 0;
  if (input != "-") {
    auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[0]), sys::OpenFlags::ReadOnly);
    if (!f) return tool::error(input, f.error()), 1;
    in_file = std::move(*f);
    in = in_file.get();
  }
  int out_fd = 1;
  if (n > 1 && StringView(operands[1]) != "-") {
    auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[1]),
                              sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate, 0666);
    if (!f) return tool::error(operands[1], f.error()), 1;
    out_file = std::move(*f);
    out_fd = out_file.get();
  }
  static char out_buffer[64 * 1024];
  solo::io::Stream out(out_fd, out_buffer, sizeof out_buffer, solo::io::Stream::Mode::Full);

  // The first line of the current run, and the line being read (it may come in pieces).
  solo::String first, line;
  unsigned long long run = 0;
  static char buffer[64 * 1024];
  solo::io::LineReader reader(in, buffer, sizeof buffer);
  for (solo::io::Line piece;;) {
    auto more = reader.read_line(piece);
    if (!more) {
      (void)out.flush();
      solo::println(solo::io::stderr, "{}: error reading '{}'", argv[0], input);
      return 1;
    }
    if (!*more) break;
    line.append(piece.text);
    if (piece.partial) continue;
    if (run > 0 && same(first, line)) {
      ++run;
    } else {
      if (run > 0) emit(out, first, run);
      first.swap(line);
      run = 1;
    }
    line.clear();
  }
  if (run > 0) emit(out, first, run);
  if (auto r = out.flush(); !r) {
    solo::println(solo::io::stderr, "{}: write error: {}", argv[0], r.error());
    return 1;
  }
  return 0;
}
