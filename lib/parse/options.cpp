#include <solo/options.hpp>

namespace solo {

namespace {
int id_of(const Option &o) { return o.id != 0 ? o.id : o.short_name; }
bool starts_with(StringView s, StringView prefix) {
  return s.size() >= prefix.size() && StringView(s.data(), prefix.size()) == prefix;
}
} // namespace

void OptionParser::append(StringView s) {
  for (char c : s)
    if (message_size_ < sizeof message_) message_[message_size_++] = c;
}

int OptionParser::fail(const char *before, StringView name, const char *after) {
  message_size_ = 0;
  append(program());
  append(": ");
  append(before);
  append(name);
  append(after);
  bundle_ = nullptr;
  return Error;
}

int OptionParser::next() noexcept {
  value_ = StringView();
  if (bundle_ != nullptr && *bundle_ != '\0') return short_option();
  bundle_ = nullptr;
  if (index_ >= argc_) return End;
  current_ = index_;
  const char *arg = argv_[index_++];
  if (operands_only_ || arg[0] != '-' || arg[1] == '\0') { // "-" alone is an operand (stdin, by convention)
    value_ = arg;
    if (stop_at_operand_) operands_only_ = true;
    return Operand;
  }
  if (arg[1] == '-') {
    if (arg[2] == '\0') {
      operands_only_ = true;
      return next();
    }
    return long_option(arg + 2);
  }
  bundle_ = arg + 1;
  return short_option();
}

int OptionParser::short_option() {
  char c = *bundle_++;
  for (size_t i = 0; i < count_; ++i) {
    const Option &o = options_[i];
    if (o.short_name != c || c == 0) continue;
    if (o.optional_value) { // -Ivalue, or -I alone
      value_ = *bundle_ != '\0' ? StringView(bundle_) : StringView();
      bundle_ = nullptr;
    } else if (o.takes_value) {
      if (*bundle_ != '\0') { // -n5
        value_ = bundle_;
      } else if (index_ < argc_) { // -n 5
        value_ = argv_[index_++];
      } else {
        return fail("option requires an argument -- '", StringView(&o.short_name, 1), "'");
      }
      bundle_ = nullptr;
    }
    return id_of(o);
  }
  return fail("invalid option -- '", StringView(bundle_ - 1, 1), "'");
}

int OptionParser::long_option(StringView arg) {
  const char *eq = arg.begin();
  while (eq != arg.end() && *eq != '=') ++eq;
  StringView name(arg.data(), static_cast<size_t>(eq - arg.begin()));
  bool has_value = eq != arg.end();
  // --help and --version take part in matching like any other long option.
  static constexpr Option builtin[] = {{0, "help", false, Help}, {0, "version", false, Version}};
  const Option *match = nullptr;
  int matches = 0;
  auto consider = [&](const Option &o) {
    if (o.long_name == nullptr || !starts_with(o.long_name, name)) return;
    if (StringView(o.long_name) == name) { // an exact match beats any abbreviation
      match = &o;
      matches = -1000;
      return;
    }
    if (matches >= 0 && (match == nullptr || id_of(*match) != id_of(o))) {
      match = &o;
      ++matches;
    }
  };
  for (size_t i = 0; i < count_; ++i) consider(options_[i]);
  for (const Option &o : builtin) consider(o);
  // GNU's getopt quotes the argument whole, value and all: "unrecognized option '--bogus=1'", "option
  // '--co=x' is ambiguous".
  if (match == nullptr) return fail("unrecognized option '--", arg, "'");
  if (matches > 1) {
    fail("option '--", arg, "' is ambiguous; possibilities:");
    auto list = [&](const Option &o) {
      if (o.long_name != nullptr && starts_with(o.long_name, name)) {
        append(" '--");
        append(o.long_name);
        append("'");
      }
    };
    for (size_t i = 0; i < count_; ++i) list(options_[i]);
    for (const Option &o : builtin) list(o);
    return Error;
  }
  if (match->optional_value) {
    value_ = has_value ? StringView(eq + 1, static_cast<size_t>(arg.end() - eq - 1)) : StringView();
  } else if (match->takes_value) {
    if (has_value)
      value_ = StringView(eq + 1, static_cast<size_t>(arg.end() - eq - 1));
    else if (index_ < argc_)
      value_ = argv_[index_++];
    else
      return fail("option '--", match->long_name, "' requires an argument");
  } else if (has_value) {
    return fail("option '--", match->long_name, "' doesn't allow an argument");
  }
  return id_of(*match);
}

} // namespace solo
