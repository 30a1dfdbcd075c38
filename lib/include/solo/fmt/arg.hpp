// Arguments as a small tagged union, so the formatting code exists once (in lib/fmt/) instead of once per
// combination of argument types. Which kind a C++ type becomes is decided here, at compile time.
#pragma once

#include <solo/fmt/sink.hpp>
#include <solo/fmt/spec.hpp>
#include <solo/string_view.hpp>

namespace solo {

// Specialise for your own type T:
//   template <> struct solo::Formatter<Point> {
//     constexpr void parse(solo::StringView spec);   // the text after ':'; call solo::fmt::bad_spec() to reject
//     void format(const Point &p, solo::fmt::Sink &out) const;
//   };
// Inheriting from solo::fmt::NoSpec gives a parse that accepts only an empty spec. Inside format,
// solo::format_to(out, "...", ...) formats into the same sink.
template <class T> struct Formatter {
  static constexpr bool unspecialized = true;
};

namespace fmt {

// Not constexpr on purpose: reaching it while a format string is checked at compile time is a compile error
// that names it. At run time it does nothing.
void bad_spec();

struct NoSpec {
  constexpr void parse(StringView spec) {
    if (!spec.empty()) bad_spec();
  }
};

void format_float(Sink &out, double v, bool single, const Spec &spec);

enum class ArgType : unsigned char { Int, UInt, Char, Bool, String, Double, Float, Pointer, Custom };

struct Arg {
  ArgType type;
  union {
    long long i;
    unsigned long long u;
    char c;
    bool b;
    // Floating point carries its formatter, so that only programs that format a float or double link the
    // digit-generation code (several KiB).
    struct {
      double value;
      void (*format)(Sink &out, double v, bool single, const Spec &spec);
    } flt;
    const void *ptr;
    struct {
      const char *data;
      size_t size;
    } str;
    struct {
      const void *object;
      void (*format)(const void *object, StringView spec, Sink &out);
    } custom;
  };
};

namespace detail {

template <class T> struct remove_cvref {
  using type = T;
};
template <class T> struct remove_cvref<const T> : remove_cvref<T> {};
template <class T> struct remove_cvref<volatile T> : remove_cvref<T> {};
template <class T> struct remove_cvref<const volatile T> : remove_cvref<T> {};
template <class T> struct remove_cvref<T &> : remove_cvref<T> {};
template <class T> struct remove_cvref<T &&> : remove_cvref<T> {};
template <class T> using remove_cvref_t = typename remove_cvref<T>::type;

template <class T, class U> inline constexpr bool same = __is_same(T, U);
template <class T> inline constexpr bool has_formatter = !requires { Formatter<T>::unspecialized; };

// Enums: an ADL function `solo_enum_name(E)` returning a string (null for values without a name) makes them
// print by name; otherwise they print as their underlying integer.
template <class E> inline constexpr bool has_enum_name = requires(E e) { StringView(solo_enum_name(e)); };

template <class T> constexpr bool is_signed_int() {
  return same<T, signed char> || same<T, short> || same<T, int> || same<T, long> || same<T, long long>;
}
template <class T> constexpr bool is_unsigned_int() {
  return same<T, unsigned char> || same<T, unsigned short> || same<T, unsigned> || same<T, unsigned long> ||
         same<T, unsigned long long>;
}
template <class T> constexpr bool is_c_string() {
  return same<T, const char *> || same<T, char *> || (__is_array(T) && same<__remove_extent(T), char>) ||
         (__is_array(T) && same<__remove_extent(T), const char>);
}

// Text that is not a C string: StringView and whatever converts to one (solo::String, InlineString, CStr).
template <class T> constexpr bool is_text() {
  return !__is_pointer(T) && !same<T, decltype(nullptr)> && __is_convertible(const T &, StringView);
}

// Whether T can give a dynamic width or precision: integers, but not char or bool.
template <class T> constexpr bool is_integer_arg() { return is_signed_int<T>() || is_unsigned_int<T>(); }

// The spec family of T; also where an unformattable type is rejected.
template <class T> constexpr Kind kind_of() {
  if constexpr (has_formatter<T>)
    return Kind::Int; // unused: custom types parse their own spec
  else if constexpr (same<T, bool>)
    return Kind::Bool;
  else if constexpr (same<T, char>)
    return Kind::Char;
  else if constexpr (is_signed_int<T>() || is_unsigned_int<T>())
    return Kind::Int;
  else if constexpr (same<T, double> || same<T, float>)
    return Kind::Float;
  else if constexpr (is_c_string<T>() || is_text<T>())
    return Kind::String;
  else if constexpr (__is_pointer(T) || same<T, decltype(nullptr)>)
    return Kind::Pointer;
  else if constexpr (__is_enum(T)) {
    if constexpr (has_enum_name<T>)
      return Kind::String;
    else
      return kind_of<__underlying_type(T)>();
  } else {
    static_assert(sizeof(T) == 0, "solo::print: no formatter for this type (specialise solo::Formatter<T>)");
    return Kind::Int;
  }
}

// Checks one spec for an argument of type T; called only while a format string is checked at compile time.
template <class T> constexpr void check_spec(StringView text) {
  if constexpr (has_formatter<T>) {
    Formatter<T> f;
    f.parse(text);
  } else {
    Spec s;
    if (!parse_spec(text, s) || !spec_allowed(kind_of<T>(), s)) bad_spec();
  }
}

template <class T> void format_custom(const void *object, StringView spec, Sink &out) {
  Formatter<T> f;
  f.parse(spec);
  f.format(*static_cast<const T *>(object), out);
}

template <class T> inline Arg make_arg(const T &v) {
  Arg a;
  if constexpr (has_formatter<T>) {
    a.type = ArgType::Custom;
    a.custom.object = &v;
    a.custom.format = &format_custom<T>;
  } else if constexpr (same<T, bool>) {
    a.type = ArgType::Bool;
    a.b = v;
  } else if constexpr (same<T, char>) {
    a.type = ArgType::Char;
    a.c = v;
  } else if constexpr (is_signed_int<T>()) {
    a.type = ArgType::Int;
    a.i = v;
  } else if constexpr (is_unsigned_int<T>()) {
    a.type = ArgType::UInt;
    a.u = v;
  } else if constexpr (same<T, double> || same<T, float>) {
    a.type = same<T, float> ? ArgType::Float : ArgType::Double;
    a.flt.value = v;
    a.flt.format = &format_float;
  } else if constexpr (is_c_string<T>()) {
    const char *s = v; // a null pointer prints as nothing
    a.type = ArgType::String;
    a.str.data = s ? s : "";
    a.str.size = s ? c_string_length(s) : 0;
  } else if constexpr (is_text<T>()) {
    StringView s(v);
    a.type = ArgType::String;
    a.str.data = s.data();
    a.str.size = s.size();
  } else if constexpr (same<T, decltype(nullptr)>) {
    a.type = ArgType::Pointer;
    a.ptr = nullptr;
  } else if constexpr (__is_pointer(T)) {
    a.type = ArgType::Pointer;
    a.ptr = (const void *)v; // any object pointer; function pointers too, as in printf's %p
  } else if constexpr (__is_enum(T)) {
    if constexpr (has_enum_name<T>) {
      const auto name = solo_enum_name(v); // a C string (perhaps null) or a StringView
      StringView s;
      if constexpr (__is_pointer(decltype(name))) {
        if (name != nullptr) s = name;
      } else {
        s = name;
      }
      if (!s.empty()) {
        a.type = ArgType::String;
        a.str.data = s.data();
        a.str.size = s.size();
      } else {
        a.type = ArgType::Int; // a value without a name: its number
        a.i = static_cast<long long>(v);
      }
    } else {
      return make_arg(static_cast<__underlying_type(T)>(v));
    }
  } else {
    kind_of<T>(); // the static_assert with the message
  }
  return a;
}

} // namespace detail
} // namespace fmt
} // namespace solo
