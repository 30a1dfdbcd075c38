# The two commands of the quick start, plus the benchmarks. Everything real lives in scripts/.
.PHONY: all setup build demo test bench clean format fuzz install deb

all: build

setup:
	@scripts/setup

build: setup
	@scripts/build

demo: build
	@scripts/demo

test: build
	@scripts/test-all

# Every architecture into $(DESTDIR)$(PREFIX) (relocatable; README: Using solo in your project).
PREFIX ?= /usr/local
install:
	@scripts/install "$(PREFIX)" "$(DESTDIR)"

# build/solo_<version>_<arch>.deb: the same install under /usr, with dpkg-deb.
deb:
	@scripts/deb

bench: build
	@scripts/setup --bench
	@bench/run

# The vDSO parser's fuzzer for longer than make test gives it: FUZZ_SECONDS=3600 make fuzz.
fuzz: setup
	@scripts/build x86_64
	@tests/vdso/fuzz-run build/x86_64/tests/vdso/vdso_fuzz build/x86_64/tests/vdso/fuzz-corpus \
	  build/x86_64/tests/vdso/images $${FUZZ_SECONDS:-600}

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format-19 -i

clean:
	rm -rf build
