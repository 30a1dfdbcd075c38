# The two commands of the quick start, plus the benchmarks. Everything real lives in scripts/.
.PHONY: all setup build demo test bench clean format

all: build

setup:
	@scripts/setup

build: setup
	@scripts/build

demo: build
	@scripts/demo

test: build
	@scripts/test-all

bench: build
	@scripts/setup --bench
	@bench/run

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format-19 -i

clean:
	rm -rf build
