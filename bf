#!/usr/bin/env bash
# Bleiberecht Functions developer entry point.
#   ./bf run      start the whole system locally (Azurite, SMTP sink, the app in standalone mode)
#   ./bf test     install what is missing and run every test (what CI runs)
# More: ./bf help
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

log() { printf '\033[1m[bf]\033[0m %s\n' "$*" >&2; }
die() { printf '[bf] error: %s\n' "$*" >&2; exit 1; }

# --- installers: each checks first, so a warm machine pays nothing ---------------------------
ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET SDK is not installed (https://dot.net): it is the one thing bf cannot install"
}

ensure_node_tools() {
  command -v npm >/dev/null || die "Node.js and npm are not installed"
  # A linked node_modules (a git worktree sharing another checkout's tools) belongs to someone else: never reinstall it.
  [ -L node_modules ] && return 0
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat node_modules/.bf-installed 2>/dev/null)" != "$want" ]; then
    log "installing the pinned Node tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > node_modules/.bf-installed
  fi
}

# Debian packages the tests use as independent checks (poppler, qpdf), fonts, and the browser for the form tests.
DEBIAN_PACKAGES=(poppler-utils qpdf chromium fonts-dejavu-core fonts-liberation2 tesseract-ocr tesseract-ocr-deu)
ensure_debian_packages() {
  local missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get to install them"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- commands --------------------------------------------------------------------------------
cmd_test() {
  local filter="Category!=Long"
  local extra=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --long) filter="" ;;
      --filter) shift; filter="${filter:+$filter&}$1" ;;
      *) extra+=("$1") ;;
    esac
    shift
  done
  ensure_dotnet; ensure_node_tools; ensure_debian_packages
  log "restoring and building"
  dotnet build BleiberechtFunctions.sln -c Release --nologo -v quiet -clp:ErrorsOnly
  local results="$ROOT/artifacts/test-results"
  rm -rf "$results"; mkdir -p "$results"
  log "running the tests${filter:+ (filter: $filter)}"
  local rc=0
  dotnet test BleiberechtFunctions.sln -c Release --no-build --nologo \
    --results-directory "$results" \
    ${filter:+--filter "$filter"} "${extra[@]}" 2>&1 | tee "$results/console.log" || rc=$?
  summarize "$results/console.log" || rc=1
  return $rc
}

# One closing line for the whole run, summed over the per-assembly lines dotnet test prints
# ("Passed!  - Failed:     0, Passed:    34, Skipped:     0, ...").
summarize() {
  local passed=0 failed=0 skipped=0 assemblies=0
  while IFS= read -r line; do
    assemblies=$((assemblies+1))
    passed=$((passed+$(sed -n 's/.*Passed: *\([0-9]*\),.*/\1/p' <<<"$line")))
    failed=$((failed+$(sed -n 's/.*Failed: *\([0-9]*\),.*/\1/p' <<<"$line")))
    skipped=$((skipped+$(sed -n 's/.*Skipped: *\([0-9]*\),.*/\1/p' <<<"$line")))
  done < <(grep -E '^(Passed|Failed)! +- Failed: ' "$1")
  echo
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  [ "$assemblies" -gt 0 ] || { echo "no test assembly reported results"; return 1; }
}

# Processes `bf run` started. Global: the EXIT trap runs after cmd_run has returned, when its locals are gone.
RUN_PIDS=()

stop_started() {
  trap - INT TERM EXIT
  [ ${#RUN_PIDS[@]} -gt 0 ] || return 0
  log "stopping"
  # SIGTERM: background jobs of a non-interactive shell ignore the terminal's SIGINT, and the app stops gracefully on TERM.
  kill "${RUN_PIDS[@]}" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "${RUN_PIDS[@]}" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "${RUN_PIDS[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}

cmd_run() {
  ensure_dotnet; ensure_node_tools
  trap stop_started INT TERM EXIT
  mkdir -p .local/azurite .local/logs
  if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
    die "port 10000 is taken: is another Azurite running? Stop it first (bf run starts its own)."
  fi
  log "starting Azurite (data in .local/azurite, log in .local/logs/azurite.log)"
  node node_modules/azurite/dist/src/azurite.js --location .local/azurite --disableTelemetry --silent \
    >.local/logs/azurite.log 2>&1 & RUN_PIDS+=($!)
  log "starting the SMTP sink (maildev; log in .local/logs/maildev.log)"
  node node_modules/maildev/bin/maildev --smtp 1025 --web 1080 --ip 127.0.0.1 \
    >.local/logs/maildev.log 2>&1 & RUN_PIDS+=($!)
  log "building the app"
  dotnet build functions/Bleiberecht.Functions -c Debug --nologo -v quiet -clp:ErrorsOnly
  load_local_settings
  export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:7071}"
  dotnet functions/Bleiberecht.Functions/bin/Debug/net10.0/Bleiberecht.Functions.dll & RUN_PIDS+=($!)
  cat >&2 <<TXT

  Bleiberecht Functions is starting (standalone mode):
    app             ${ASPNETCORE_URLS}/            (health: ${ASPNETCORE_URLS}/api/health)
    SMTP sink (web) http://127.0.0.1:1080/          (SMTP on 127.0.0.1:1025)
    Azurite         blob :10000  queue :10001  table :10002   (data in .local/azurite)
  Ctrl+C stops everything bf started.

TXT
  wait -n "${RUN_PIDS[@]}" || true
  log "a process exited; see .local/logs/"
}

cmd_bench() {
  ensure_dotnet; ensure_node_tools
  dotnet run --project benchmarks/Bleiberecht.Benchmarks -c Release -- "$@"
}

cmd_publish() {
  ensure_dotnet
  local out="${1:-$ROOT/artifacts/app}"
  log "publishing the deployable app folder to $out (self-contained linux-x64, host.json, <Function>/function.json)"
  dotnet publish functions/Bleiberecht.Functions -c Release -r linux-x64 --self-contained -o "$out" --nologo -v quiet
  log "done: $out"
}

load_local_settings() {
  # Settings: local.settings.sample.json holds the working local values; environment variables override.
  eval "$(node -e '
    const s = require("./local.settings.sample.json").Values || {};
    for (const [k, v] of Object.entries(s)) if (!(k in process.env)) console.log(`export ${k}=${JSON.stringify(String(v))}`);
  ')"
}

cmd_demo() {
  ensure_dotnet
  load_local_settings
  export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:7071}"
  # The app bf run built (no rebuild under the running app).
  local dll=functions/Bleiberecht.Functions/bin/Debug/net10.0/Bleiberecht.Functions.dll
  [ -f "$dll" ] || dotnet build functions/Bleiberecht.Functions -c Debug --nologo -v quiet -clp:ErrorsOnly
  dotnet "$dll" demo "$@"
}

cmd_app() {
  ensure_dotnet
  dotnet run --project functions/Bleiberecht.Functions -c Release --no-launch-profile -- "$@"
}

usage() {
  cat <<'TXT'
./bf run                 start Azurite, the SMTP sink and the app (standalone mode); Ctrl+C stops all
./bf test [--long]       install what is missing, build, run every test (--long adds the long crash/fuzz runs)
./bf test --filter X     only tests matching the dotnet test filter X
./bf bench [NAME]        benchmark commands (no name: list them)
./bf demo                with ./bf run running (second terminal): a counsellor submits by form and e-mail, a
                         session is planned, the clock moves, assessments are recorded; prints where the
                         agenda, letters and minutes are (saved to .local/demo)
./bf app ARGS...         the app's command line, e.g. ./bf app pdf inspect FILE, ./bf app mail inspect FILE.eml
./bf publish [DIR]       the deployable app folder (default artifacts/app), as azd deploys it
TXT
}

case "${1:-help}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  app) shift; cmd_app "$@" ;;
  demo) shift; cmd_demo "$@" ;;
  publish) shift; cmd_publish "$@" ;;
  help|-h|--help) usage ;;
  *) usage; exit 2 ;;
esac
