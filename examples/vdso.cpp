// vdso: shows this process's vDSO — every dynamic symbol with its version, type, binding and address — which
// of solo's time functions the vDSO serves here and which go to the kernel, and which other entry points of the
// architecture's vDSOs (getrandom, riscv_hwprobe, ...) this kernel offers.
#include <solo.hpp>

namespace {
void out(solo::StringView s) { (void)solo::io::out(s); }

void hex(unsigned long v) {
  char buf[19] = "0x";
  int n = 2;
  for (int shift = 60; shift >= 0; shift -= 4)
    if (v >> shift || shift == 0 || n > 2) buf[n++] = "0123456789abcdef"[(v >> shift) & 15];
  out(solo::StringView(buf, n));
}

void decimal(long v) {
  char buf[24];
  out(solo::io::to_decimal(v, buf));
}

// Pads to `width` columns after printing `s`.
void column(solo::StringView s, size_t width) {
  out(s);
  for (size_t i = s.size(); i < width; ++i) out(" ");
}

const char *type_name(unsigned t) {
  switch (t) {
  case 0:
    return "NOTYPE";
  case 1:
    return "OBJECT";
  case 2:
    return "FUNC";
  case 3:
    return "SECTION";
  case 4:
    return "FILE";
  case 6:
    return "TLS";
  default:
    return "OTHER";
  }
}

const char *binding_name(unsigned b) {
  switch (b) {
  case 0:
    return "LOCAL";
  case 1:
    return "GLOBAL";
  case 2:
    return "WEAK";
  default:
    return "OTHER";
  }
}
} // namespace

int main() {
  const solo::vdso::Image *image = solo::vdso::process_image();
  if (!image) {
    out("no vDSO in this process (no AT_SYSINFO_EHDR, or an image solo cannot use)\n");
  } else {
    out("vDSO at ");
    hex(reinterpret_cast<unsigned long>(image->base()));
    out(", ");
    decimal(static_cast<long>(image->size()));
    out(" bytes mapped;");
    if (image->has_sysv_hash()) out(" DT_HASH");
    if (image->has_gnu_hash()) out(" DT_GNU_HASH");
    out(image->has_versions() ? "; versioned\n" : "; no versions\n");
    out("  # type    binding version        address            name\n");
    for (size_t i = 1; i < image->symbol_count(); ++i) {
      auto s = image->symbol(i);
      if (!s) continue;
      char buf[24];
      column(solo::io::to_decimal(static_cast<long>(i), buf), 4);
      column(type_name(s->type), 8);
      column(binding_name(s->binding), 8);
      column(s->version.empty() ? solo::StringView("-") : s->version, 15);
      if (s->address) {
        hex(reinterpret_cast<unsigned long>(s->address));
        out(" ");
      } else {
        column(s->section == 0 ? "undefined" : "absolute", 19);
      }
      out(s->name);
      out(s->callable ? "\n" : "  (not callable)\n");
    }
  }
  out("served by:\n");
  for (int f = 0; f < solo::time::function_count; ++f) {
    auto b = solo::time::binding(static_cast<solo::time::Function>(f));
    out("  ");
    column(b.name, 15);
    if (b.source != solo::time::Source::Vdso) {
      out(solo::time::name(b.source));
    } else {
      column(solo::time::name(b.source), 14);
      out(b.symbol);
      out("@");
      out(b.version);
      out(" ");
      hex(reinterpret_cast<unsigned long>(b.address));
    }
    out("\n");
  }
  if (image) {
    // What else this kernel's vDSO offers of what the architecture's kernels can have (solo calls none of it).
    out("also in the vDSO (not called by solo):\n");
    for (size_t i = 0; i < solo::vdso::other_entry_count(); ++i) {
      auto e = solo::vdso::other_entry(*image, i);
      out("  ");
      column(e.function, 19);
      if (!e.address) {
        out("-\n");
        continue;
      }
      out(e.symbol);
      out("@");
      out(e.version);
      out(" ");
      hex(reinterpret_cast<unsigned long>(e.address));
      out("\n");
    }
  }
  return 0;
}
