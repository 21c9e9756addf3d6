# Tanba: `make run` serves the demo at http://127.0.0.1:8080, `make test` runs every test.
SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
# Test targets that touch a database run again on PostgreSQL.
DB_TESTS = TanbaPersistenceTests|TanbaWebTests

.PHONY: deps build run test test-sqlite test-postgres test-api test-browser clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

run: build
	$$($(SWIFT) build --show-bin-path)/tanba demo --if-empty
	$$($(SWIFT) build --show-bin-path)/tanba serve --hostname $(HOST) --port $(PORT)

test: deps
	$(SWIFT) build --build-tests
	$(MAKE) test-sqlite test-postgres test-api test-browser

test-sqlite:
	@echo "== All tests on SQLite"
	$(SWIFT) test --skip-build

test-postgres:
	@echo "== Database tests again on PostgreSQL"
	scripts/with-postgres.sh $(SWIFT) test --skip-build --no-parallel --filter '$(DB_TESTS)'

test-api:
	@echo "== The JSON API against its OpenAPI document (Schemathesis, bounded, fixed seed)"
	scripts/api-fuzz.sh "$$($(SWIFT) build --show-bin-path)/tanba"

test-browser:
	@echo "== Public pages in Chromium at 390 px and 1280 px, Russian and Kazakh (Playwright from PyPI)"
	scripts/browser-check.sh "$$($(SWIFT) build --show-bin-path)/tanba"

clean:
	rm -rf .build
