// Empty at run time; their point is that they are not constexpr (see format_string.hpp).
#include <solo/fmt/format_string.hpp>

namespace solo::fmt {

void bad_spec() {}

namespace error {
void unmatched_open_brace_in_format_string() {}
void unmatched_close_brace_in_format_string() {}
void more_placeholders_than_arguments() {}
void more_arguments_than_placeholders() {}
void argument_index_out_of_range() {}
void cannot_mix_automatic_and_manual_argument_numbering() {}
void dynamic_width_or_precision_must_be_an_integer() {}
} // namespace error

} // namespace solo::fmt
