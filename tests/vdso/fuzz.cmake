# A libFuzzer target for the vDSO parser: every input is treated as a vDSO image and looked up in every way the
# parser offers; ASan and UBSan turn any read outside the input, or any undefined behaviour, into a failure.
# `make test` runs it for 30 seconds (label "fuzz"); `make fuzz` runs it longer.
solo_add_hosted_library(solo_hosted_fuzz -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all)
add_executable(vdso_fuzz fuzz.cpp)
target_link_libraries(vdso_fuzz PRIVATE solo_hosted_fuzz)
target_compile_options(vdso_fuzz PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
target_link_options(vdso_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
add_dependencies(vdso_fuzz vdso_images)

add_test(NAME fuzz.vdso COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/fuzz-run $<TARGET_FILE:vdso_fuzz>
                                ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus ${images_dir} 30)
set_tests_properties(fuzz.vdso PROPERTIES LABELS fuzz TIMEOUT 120)
