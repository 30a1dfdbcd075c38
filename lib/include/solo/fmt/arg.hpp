// Arguments as a small tagged union, so the formatting code exists once (in lib/fmt/) instead of once per
// combination of argument types. Which kind a C++ type becomes is decided here, at compile time.
#pragma once

#include <solo/fmt/sink.hpp>
#include <solo/fmt/spec.hpp>
#include <solo/string_view.hpp>

namespace solo {

// Specialise for your own type Type:
//   template <> struct solo::Formatter<Point> {
//     constexpr void parse(solo::StringView spec);   // the text after ':'; call solo::fmt::bad_spec() to reject
//     void format(const Point &p, solo::fmt::Sink &out) const;
//   };
// Inheriting from solo::fmt::NoSpec gives a parse that accepts only an empty spec. Inside format,
// solo::format_to(out, "...", ...) formats into the same sink.
template <class Type> struct Formatter {
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

// The argument kinds of two fields. (Named: anonymous structs inside an anonymous union are an extension.)
// Floating point carries its formatter, so that only programs that format a float or double link the
// digit-generation code (several KiB).
struct FloatArg {
  double value;
  void (*format)(Sink &out, double v, bool single, const Spec &spec);
};
struct StringArg {
  const char *data;
  size_t size;
};
struct CustomArg {
  const void *object;
  void (*format)(const void *object, StringView spec, Sink &out);
};

struct Arg {
  ArgType type;
  union {
    long long i;
    unsigned long long u;
    char c;
    bool b;
    FloatArg flt;
    const void *ptr;
    StringArg str;
    CustomArg custom;
  };
};

namespace detail {

template <class Type> struct remove_cvref {
  using type = Type;
};
template <class Type> struct remove_cvref<const Type> : remove_cvref<Type> {};
template <class Type> struct remove_cvref<volatile Type> : remove_cvref<Type> {};
template <class Type> struct remove_cvref<const volatile Type> : remove_cvref<Type> {};
template <class Type> struct remove_cvref<Type &> : remove_cvref<Type> {};
template <class Type> struct remove_cvref<Type &&> : remove_cvref<Type> {};
template <class Type> using remove_cvref_t = typename remove_cvref<Type>::type;

template <class Type, class Other> inline constexpr bool same = __is_same(Type, Other);
template <class Type> inline constexpr bool has_formatter = !requires { Formatter<Type>::unspecialized; };

// Enums: an ADL function `solo_enum_name(Enum)` returning a string (null for values without a name) makes them
// print by name; otherwise they print as their underlying integer.
template <class Enum> inline constexpr bool has_enum_name = requires(Enum e) { StringView(solo_enum_name(e)); };

template <class Type> constexpr bool is_signed_int() {
  return same<Type, signed char> || same<Type, short> || same<Type, int> || same<Type, long> || same<Type, long long>;
}
template <class Type> constexpr bool is_unsigned_int() {
  return same<Type, unsigned char> || same<Type, unsigned short> || same<Type, unsigned> || same<Type, unsigned long> ||
         same<Type, unsigned long long>;
}
template <class Type> constexpr bool is_c_string() {
  return same<Type, const char *> || same<Type, char *> || (__is_array(Type) && same<__remove_extent(Type), char>) ||
         (__is_array(Type) && same<__remove_extent(Type), const char>);
}

// Text that is not a C string: StringView and whatever converts to one (solo::String, InlineString, CStr).
template <class Type> constexpr bool is_text() {
  return !__is_pointer(Type) && !same<Type, decltype(nullptr)> && __is_convertible(const Type &, StringView);
}

// Whether Type can give a dynamic width or precision: integers, but not char or bool.
template <class Type> constexpr bool is_integer_arg() { return is_signed_int<Type>() || is_unsigned_int<Type>(); }

// The spec family of Type; also where an unformattable type is rejected.
template <class Type> constexpr Kind kind_of() {
  if constexpr (has_formatter<Type>)
    return Kind::Int; // unused: custom types parse their own spec
  else if constexpr (same<Type, bool>)
    return Kind::Bool;
  else if constexpr (same<Type, char>)
    return Kind::Char;
  else if constexpr (is_signed_int<Type>() || is_unsigned_int<Type>())
    return Kind::Int;
  else if constexpr (same<Type, double> || same<Type, float>)
    return Kind::Float;
  else if constexpr (is_c_string<Type>() || is_text<Type>())
    return Kind::String;
  else if constexpr (__is_pointer(Type) || same<Type, decltype(nullptr)>)
    return Kind::Pointer;
  else if constexpr (__is_enum(Type)) {
    if constexpr (has_enum_name<Type>)
      return Kind::String;
    else
      return kind_of<__underlying_type(Type)>();
  } else {
    static_assert(sizeof(Type) == 0, "solo::print: no formatter for this type (specialise solo::Formatter<T>)");
    return Kind::Int;
  }
}

// Checks one spec for an argument of type Type; called only while a format string is checked at compile time.
template <class Type> constexpr void check_spec(StringView text) {
  if constexpr (has_formatter<Type>) {
    Formatter<Type> f;
    f.parse(text);
  } else {
    Spec s;
    if (!parse_spec(text, s) || !spec_allowed(kind_of<Type>(), s)) bad_spec();
  }
}

template <class Type> void format_custom(const void *object, StringView spec, Sink &out) {
  Formatter<Type> f;
  f.parse(spec);
  f.format(*static_cast<const Type *>(object), out);
}

template <class Type> inline Arg make_arg(const Type &v) {
  Arg a;
  if constexpr (has_formatter<Type>) {
    a.type = ArgType::Custom;
    a.custom.object = &v;
    a.custom.format = &format_custom<Type>;
  } else if constexpr (same<Type, bool>) {
    a.type = ArgType::Bool;
    a.b = v;
  } else if constexpr (same<Type, char>) {
    a.type = ArgType::Char;
    a.c = v;
  } else if constexpr (is_signed_int<Type>()) {
    a.type = ArgType::Int;
    a.i = v;
  } else if constexpr (is_unsigned_int<Type>()) {
    a.type = ArgType::UInt;
    a.u = v;
  } else if constexpr (same<Type, double> || same<Type, float>) {
    a.type = same<Type, float> ? ArgType::Float : ArgType::Double;
    a.flt.value = v;
    a.flt.format = &format_float;
  } else if constexpr (is_c_string<Type>()) {
    const char *s = v; // a null pointer prints as nothing
    a.type = ArgType::String;
    a.str.data = s ? s : "";
    a.str.size = s ? c_string_length(s) : 0;
  } else if constexpr (is_text<Type>()) {
    StringView s(v);
    a.type = ArgType::String;
    a.str.data = s.data();
    a.str.size = s.size();
  } else if constexpr (same<Type, decltype(nullptr)>) {
    a.type = ArgType::Pointer;
    a.ptr = nullptr;
  } else if constexpr (__is_pointer(Type)) {
    a.type = ArgType::Pointer;
    a.ptr = (const void *)v; // any object pointer; function pointers too, as in printf's %p
  } else if constexpr (__is_enum(Type)) {
    if constexpr (has_enum_name<Type>) {
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
      return make_arg(static_cast<__underlying_type(Type)>(v));
    }
  } else {
    kind_of<Type>(); // the static_assert with the message
  }
  return a;
}

} // namespace detail
} // namespace fmt
} // namespace solo
