#!/usr/bin/env bash
# Bad user input against a release binary: prints `case | exit code | stderr line`.
#
#   scripts/bad-input.sh                # builds target/release/{nianbao,nianbao-fixture}
#   NIANBAO=/path/to/nianbao FIXTURE=/path/to/nianbao-fixture scripts/bad-input.sh
#
# Every case must end with the documented exit status (0 finished, 1 fatal,
# 2 bad arguments, 3 locked) and one stderr line; the script exits 1 if any
# case does not, or if a panic/backtrace shows up, or a user file changed.
# The read-only and full-disk cases need root (chattr +i, mount -t tmpfs);
# without it they print SKIPPED. Network: the fixture web binds 127.0.0.x only.
set -u
cd "$(dirname "$0")/.."
if [[ -z "${NIANBAO:-}" || -z "${FIXTURE:-}" ]]; then
  cargo build --release --quiet -p nianbao -p nianbao-fixture --bins || exit 1
  root=${CARGO_TARGET_DIR:-target}
  NIANBAO=${NIANBAO:-$root/release/nianbao}
  FIXTURE=${FIXTURE:-$root/release/nianbao-fixture}
fi
NIANBAO=$(realpath "$NIANBAO"); FIXTURE=$(realpath "$FIXTURE")

W=$(mktemp -d)
FIX_PID=""
MNT="$W/small"
cleanup() {
  [[ -n "$FIX_PID" ]] && kill "$FIX_PID" 2>/dev/null
  chattr -i "$W/ro.sqlite" 2>/dev/null
  mountpoint -q "$MNT" 2>/dev/null && umount "$MNT"
  rm -rf "$W"
}
trap cleanup EXIT
cd "$W"
failures=0
printf '%-44s | %-4s | %s\n' "case" "exit" "stderr (last line; warnings counted)"
printf '%s\n' "---------------------------------------------+------+-----------------------------------------"

# run NAME EXPECTED_EXIT ARGS...  (stderr: warnings are counted, the other lines must be one)
run() {
  local name=$1 want=$2; shift 2
  "$NIANBAO" "$@" >"$W/out" 2>"$W/err"
  local code=$?
  local warn; warn=$(grep -c '^warning: ' "$W/err")
  local rest; rest=$(grep -v '^warning: ' "$W/err" | grep -v '^\s*$')
  local n; n=$(printf '%s' "$rest" | grep -c '')
  local line; line=$(printf '%s' "$rest" | tail -1)
  [[ $warn -gt 0 ]] && line="[$warn row warnings, $(grep -o 'line [0-9]*: [a-z]* [^ ]*' "$W/err" | paste -sd';' -)] $line"
  local mark=""
  if [[ $code -ne $want ]] || [[ $n -gt 1 ]] || grep -qiE 'panicked|backtrace' "$W/err"; then
    mark="  <-- FAIL (wanted $want, one line)"; failures=$((failures + 1))
  fi
  printf '%-44s | %-4s | %s%s\n' "$name" "$code" "${line:0:150}" "$mark"
}

same() { # same FILE SHA: the file is byte-identical to before
  if [[ "$(sha256sum "$1" | cut -d' ' -f1)" != "$2" ]]; then
    echo "  <-- FAIL: $1 was changed"; failures=$((failures + 1))
  fi
}

# --- arguments ---------------------------------------------------------------
run "--years 2020..20x"                      2 crawl --years 2020..20x
run "--years 2018..2008"                     2 backfill --years 2018..2008
run "backfill without --years"               2 backfill
run "--max-pages 0"                          2 crawl --max-pages 0
run "--max-pages lots"                       2 crawl --max-pages lots
run "unknown command"                        2 frobnicate
run "export --format xlsx"                   2 export --what reports --format xlsx --out x
run "export csv without --what"              2 export --format csv --out x.csv
run "export --since yesterday"               2 export --what reports --format csv --out x.csv --since yesterday

# --- config ------------------------------------------------------------------
n=0
cfg() { n=$((n + 1)); printf '%b' "$2" >"$W/c$n.toml"; run "config: $1" 1 --config "c$n.toml" status --db none.sqlite; }
cfg "max_depth = \"deep\""     '[crawl]\nmax_depth = "deep"\n'
cfg "requests_per_second = 0"  '[crawl]\nrequests_per_second_per_host = 0\n'
cfg "max_body_mb = -5"         '[crawl]\nmax_body_mb = -5\n'
cfg "timeout_secs = inf"       '[crawl]\ntimeout_secs = inf\n'
cfg "max_concurrent_hosts = -1" '[crawl]\nmax_concurrent_hosts = -1\n'
cfg "max_pages_per_host 1e20"  '[crawl]\nmax_pages_per_host = 99999999999999999999\n'
cfg "respect_robots = \"yes\"" '[crawl]\nrespect_robots = "yes"\n'
cfg "typo in a key"            '[crawl]\nrequest_per_second_per_host = 2\n'
cfg "unclosed table header"    '[crawl\nmax_depth = 3\n'
cfg "resolve = somewhere"      '[hosts."a.gov.cn"]\nresolve = "somewhere"\n'
printf '[crawl]\nuser_agent = "\xff"\n' >"$W/nonutf8.toml"
run "config: not UTF-8"                      1 --config nonutf8.toml status
run "config: missing file"                   1 --config missing.toml status
mkdir "$W/cfgdir"
run "config: a directory"                    1 --config cfgdir status

# --- database ----------------------------------------------------------------
printf 'name,province,level,url\nA,湖南省,county,https://a.gov.cn.test/\n' >"$W/s.csv"
mkdir "$W/dir.sqlite"
run "db: a directory (crawl)"                1 crawl --seeds s.csv --no-extract --db dir.sqlite
run "db: a directory (status)"               1 status --db dir.sqlite
printf 'chapter one\n%.0s' {1..50} >"$W/thesis.sqlite"; T=$(sha256sum thesis.sqlite | cut -d' ' -f1)
run "db: someone else's file (crawl)"        1 crawl --seeds s.csv --no-extract --db thesis.sqlite
run "db: someone else's file (extract)"      1 extract --db thesis.sqlite
same thesis.sqlite "$T"
run "db: missing (status)"                   1 status --db nowhere.sqlite
"$NIANBAO" --quiet crawl --seeds "$W/s.csv" --no-extract --db "$W/ro.sqlite" >/dev/null 2>&1  # an archive (its site fails: no such host)
if chattr +i "$W/ro.sqlite" 2>/dev/null; then
  R=$(sha256sum ro.sqlite | cut -d' ' -f1)
  run "db: read-only file (crawl)"           1 crawl --seeds s.csv --no-extract --db ro.sqlite
  run "db: read-only file (extract)"         1 extract --db ro.sqlite
  run "db: read-only file (status reads)"    0 status --db ro.sqlite
  same ro.sqlite "$R"
  chattr -i "$W/ro.sqlite"
else
  printf '%-44s | %-4s | %s\n' "db: read-only file" "-" "SKIPPED (chattr +i unavailable)"
fi

# --- export ------------------------------------------------------------------
"$NIANBAO" --quiet crawl --seeds "$W/s.csv" --no-extract --db "$W/a.sqlite" >/dev/null 2>&1
run "export: missing folder"                 2 export --db a.sqlite --what captures --format csv --out missing/dir/o.csv
echo "my own data" >"$W/mine.csv"; M=$(sha256sum mine.csv | cut -d' ' -f1)
run "export: existing file, no --force"      2 export --db a.sqlite --what captures --format csv --out mine.csv
run "export: existing file, warc"            2 export --db a.sqlite --format warc --out mine.csv
same mine.csv "$M"
run "export: existing file, --force"         0 export --db a.sqlite --what captures --format csv --out mine.csv --force
run "export: onto a directory"               2 export --db a.sqlite --what captures --format csv --out cfgdir --force
run "coverage: existing file, no --force"    2 coverage --db a.sqlite --out mine.csv

# --- seeds (against the fixture web on 127.0.0.x) ----------------------------
"$FIXTURE" serve --dir "$W/web" --rps 50 --first-octet 230 >"$W/fixture.log" 2>&1 &
FIX_PID=$!
for _ in $(seq 50); do [[ -s "$W/web/seeds.csv" ]] && break; sleep 0.1; done
if [[ -s "$W/web/seeds.csv" ]]; then
  mapfile -t rows < <(tail -n +2 "$W/web/seeds.csv")
  IFS=, read -r _ p l u <<<"${rows[0]}"
  {
    printf '\xef\xbb\xbfname,province,level,url,note\r\n'
    printf '%s,first\r\n' "${rows[0]}"
    printf '坏行一,湖南省,city,http://x.gov.cn.test/,bad level\r\n'
    printf '坏行二,湖南省,county,ftp://y.gov.cn.test/,bad scheme\r\n'
    printf '重复,%s,%s,%sindex.html,duplicate host\r\n' "$p" "$l" "$u"
    printf '%s,second\r\n' "${rows[1]}"
    printf '"未闭合,湖南省,county,http://z.gov.cn.test/\r\n'
  } >"$W/messy.csv"
  run "seeds: BOM+CRLF+4 bad rows, 2 good"   0 --config "$W/web/config.toml" --quiet crawl --seeds "$W/messy.csv" --no-extract --max-pages 3 --db "$W/seeds.sqlite"
  printf 'name,province,level,url\nA,湖南省,city,https://a.gov.cn/\nB,湖南省,county,ftp://b\n' >"$W/allbad.csv"
  run "seeds: only bad rows"                 1 crawl --seeds "$W/allbad.csv" --db "$W/x.sqlite"
  printf 'a,b\n1,2\n' >"$W/nohdr.csv"
  run "seeds: no name,province,level,url"    1 crawl --seeds "$W/nohdr.csv" --db "$W/x.sqlite"
  printf 'name,province,level,url\n\xff\xfe,x,county,http://a.test/\n' >"$W/gbk.csv"
  run "seeds: not UTF-8"                     1 crawl --seeds "$W/gbk.csv" --db "$W/x.sqlite"
  run "seeds: missing file"                  1 crawl --seeds "$W/none.csv" --db "$W/x.sqlite"
  [[ -e "$W/x.sqlite" ]] && { echo "  <-- FAIL: an archive was created for unusable seeds"; failures=$((failures + 1)); }
else
  printf '%-44s | %-4s | %s\n' "seeds cases" "-" "SKIPPED (fixture web did not start: $(head -1 "$W/fixture.log"))"
fi

# --- full disk (a 2 MiB tmpfs filled to the last byte) -----------------------
mkdir -p "$MNT"
if mount -t tmpfs -o size=2m nianbao-bad-input "$MNT" 2>/dev/null && [[ -n "$FIX_PID" ]]; then
  "$NIANBAO" --quiet crawl --seeds "$W/s.csv" --no-extract --db "$MNT/full.sqlite" >/dev/null 2>&1
  dd if=/dev/zero of="$MNT/filler" bs=4k >/dev/null 2>&1
  run "db: full disk (crawl)"                1 --config "$W/web/config.toml" --quiet crawl --no-extract --max-pages 5 --db "$MNT/full.sqlite"
  rm -f "$MNT/filler"
  ok=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])" "$MNT/full.sqlite" 2>&1)
  printf '%-44s | %-4s | %s\n' "  after freeing space: integrity_check" "" "$ok"
  [[ "$ok" == ok ]] || failures=$((failures + 1))
  umount "$MNT"
else
  printf '%-44s | %-4s | %s\n' "db: full disk" "-" "SKIPPED (cannot mount a tmpfs: not root?)"
fi

echo
if [[ $failures -eq 0 ]]; then echo "all cases as documented"; else echo "$failures case(s) not as documented"; exit 1; fi
