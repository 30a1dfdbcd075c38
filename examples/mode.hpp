// File modes as chmod (and mkdir -m, install -m) take them: octal (755, 4755) or symbolic clauses
// [ugoa]*[-+=][rwxXst]*|[ugo] separated by commas ("u+x,go-w", "a=r", "g=u"), compiled once and applied to
// each file's mode. GNU's rules: without [ugoa] the umask's bits are left alone; a directory keeps its
// set-user-ID and set-group-ID bits unless the mode names them (so "chmod 755 dir" keeps g+s, "00755" not);
// X is x for directories and for files with some x already.
#pragma once

#include <solo/vector.hpp>

namespace tool {

struct ModeChange {
  char op; // '=', '+', '-'
  enum Kind : unsigned char { Ordinary, CopyExisting, ExecuteIfAny } kind;
  unsigned affected;  // the who bits; 0: none given (the umask applies)
  unsigned value;     // the permission bits asked for
  unsigned mentioned; // the bits the clause names
};

using ModeChanges = solo::Vector<ModeChange>;

inline constexpr unsigned mode_all_bits = 07777;

// False for text that is not a mode.
inline bool compile_mode(solo::StringView text, ModeChanges &out) {
  out.clear();
  if (!text.empty() && text[0] >= '0' && text[0] <= '7') {
    unsigned v = 0;
    size_t i = 0;
    for (; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '7') return false;
      v = v * 8 + static_cast<unsigned>(text[i] - '0');
      if (v > mode_all_bits) return false;
    }
    unsigned mentioned = i < 5 ? (v & 06000) | 01777 : mode_all_bits;
    out.push_back({'=', ModeChange::Ordinary, mode_all_bits, v, mentioned});
    return true;
  }
  size_t i = 0, n = text.size();
  for (;;) {
    unsigned affected = 0;
    for (; i < n; ++i) {
      char c = text[i];
      if (c == 'u')
        affected |= 04700;
      else if (c == 'g')
        affected |= 02070;
      else if (c == 'o')
        affected |= 01007;
      else if (c == 'a')
        affected |= mode_all_bits;
      else
        break;
    }
    if (i == n || (text[i] != '=' && text[i] != '+' && text[i] != '-')) return false;
    while (i < n && (text[i] == '=' || text[i] == '+' || text[i] == '-')) {
      char op = text[i++];
      unsigned value = 0;
      auto kind = ModeChange::Ordinary;
      if (i < n && (text[i] == 'u' || text[i] == 'g' || text[i] == 'o')) {
        value = text[i] == 'u' ? 0700 : text[i] == 'g' ? 0070 : 0007;
        kind = ModeChange::CopyExisting;
        ++i;
      } else {
        for (; i < n; ++i) {
          char c = text[i];
          if (c == 'r')
            value |= 0444;
          else if (c == 'w')
            value |= 0222;
          else if (c == 'x')
            value |= 0111;
          else if (c == 'X')
            kind = ModeChange::ExecuteIfAny;
          else if (c == 's')
            value |= 06000;
          else if (c == 't')
            value |= 01000;
          else
            break;
        }
      }
      unsigned mentioned = affected ? affected & value : value;
      out.push_back({op, kind, affected, value, mentioned});
    }
    if (i == n) return true;
    if (text[i] != ',') return false;
    ++i;
    if (i == n) return false;
  }
}

// The mode `changes` make of `old` (a directory's when `directory`), with `umask` for clauses without [ugoa].
inline unsigned adjust_mode(unsigned old, bool directory, unsigned umask, const ModeChanges &changes) {
  unsigned mode = old & mode_all_bits;
  for (const ModeChange &c : changes) {
    unsigned omit = directory ? 06000 & ~c.mentioned : 0;
    unsigned value = c.value;
    if (c.kind == ModeChange::CopyExisting) {
      value &= mode;
      value |= (value & 0444 ? 0444u : 0u) | (value & 0222 ? 0222u : 0u) | (value & 0111 ? 0111u : 0u);
    } else if (c.kind == ModeChange::ExecuteIfAny) {
      if ((mode & 0111) || directory) value |= 0111;
    }
    value &= (c.affected ? c.affected : ~umask) & ~omit;
    if (c.op == '=') {
      unsigned preserved = (c.affected ? ~c.affected : 0) | omit;
      mode = (mode & preserved) | value;
    } else if (c.op == '+') {
      mode |= value;
    } else {
      mode &= ~value;
    }
  }
  return mode & mode_all_bits;
}

// Whether some clause has no [ugoa], so that the umask decides part of the result.
inline bool uses_umask(const ModeChanges &changes) {
  for (const ModeChange &c : changes)
    if (c.affected == 0) return true;
  return false;
}

// "rwxr-sr-T": the nine permission characters of ls -l.
inline void permission_string(unsigned mode, char (&out)[10]) {
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) out[i] = (mode & (0400u >> i)) ? rwx[i] : '-';
  if (mode & 04000) out[2] = out[2] == 'x' ? 's' : 'S';
  if (mode & 02000) out[5] = out[5] == 'x' ? 's' : 'S';
  if (mode & 01000) out[8] = out[8] == 'x' ? 't' : 'T';
  out[9] = '\0';
}

} // namespace tool
