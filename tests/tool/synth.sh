# `ccdk synth` and `ccdk ls` against `cdk synth` / `cdk ls` (the cdk CLI, node_modules/aws-cdk):
# sourced by tests/tool/run.sh (its $T, $ROOT, $CCDK, check, ok, ko). Each comparison runs the CLI
# and then ccdk in the same project directory (paths in the output are the same) and requires the
# same stdout, stderr, exit status and cloud assembly (diff -r, nothing excluded). Covered:
# examples/hello-lambda (YAML, --json, --quiet), a multi-stack app with annotations and stack
# patterns, a Stage, the environment and context the app gets (cdk.json, cdk.context.json,
# ~/.cdk.json, -c, a context too large for the environment), a failing app, no cdk.json, ls, the
# YAML of a template of awkward strings, and aws-cdk-lib's own app (its validation report; its
# performance-counters.json, timings, is not compared).
if [ -x node_modules/.bin/cdk ]; then
  # the CLI's colors and where its messages go depend on these (a CI service sets CI=true):
  # each check sets what it means to test, from none of them
  unset CI CI_NAME TRAVIS CIRCLECI APPVEYOR GITLAB_CI GITHUB_ACTIONS BUILDKITE TEAMCITY_VERSION \
    FORCE_COLOR NO_COLOR COLORTERM TERM_PROGRAM TERM_PROGRAM_VERSION
  export TERM=xterm
  # on a terminal the CLI asks the npm registry once a day for its latest version and prints an
  # upgrade banner when a newer one is out (it depends on the day, not on the app; ccdk never asks)
  export CDK_DISABLE_VERSION_CHECK=1
  CDK=$ROOT/node_modules/.bin/cdk
  SH=$T/synth; mkdir -p "$SH/home"
  # the CLI prints notices it fetches from cli.cdk.dev-tools.aws.dev (unreachable here) into a
  # cache under CDK_HOME (else the passwd home's .cdk, whatever HOME says); an empty cache that
  # does not expire keeps them out of every comparison wherever that site answers
  notices_cache() { mkdir -p "$1/cache" && echo '{"expiration":4102444800000,"notices":[]}' >"$1/cache/notices.json"; }
  export CDK_HOME=$SH/cdkhome-notices
  notices_cache "$CDK_HOME"
  # same_as_cdk DIR ARGS...: `cdk ARGS` then `ccdk ARGS` in DIR, everything compared
  same_as_cdk() {
    local dir=$1; shift
    local out=${SYNTH_OUT:-cdk.out}
    (cd "$dir" && rm -rf "$out" && HOME=$SH/home "$CDK" "$@" >"$SH/a.out" 2>"$SH/a.err"; echo $? >"$SH/a.rc"
     rm -rf "$SH/a.asm"; [ -d "$out" ] && mv "$out" "$SH/a.asm"
     HOME=$SH/home "$CCDK" "$@" >"$SH/b.out" 2>"$SH/b.err"; echo $? >"$SH/b.rc"
     rm -rf "$SH/b.asm"; [ -d "$out" ] && mv "$out" "$SH/b.asm"; true)
    local r=0
    cmp -s "$SH/a.out" "$SH/b.out" || { echo "  stdout differs:"; diff "$SH/a.out" "$SH/b.out" | head -5; r=1; }
    cmp -s "$SH/a.err" "$SH/b.err" || { echo "  stderr differs:"; diff "$SH/a.err" "$SH/b.err" | head -5; r=1; }
    cmp -s "$SH/a.rc" "$SH/b.rc" || { echo "  exit status $(cat "$SH/a.rc") vs $(cat "$SH/b.rc")"; r=1; }
    if [ -d "$SH/a.asm" ] || [ -d "$SH/b.asm" ]; then
      diff -r ${SYNTH_EXCLUDE:+-x "$SYNTH_EXCLUDE"} "$SH/a.asm" "$SH/b.asm" >/dev/null 2>&1 || { echo "  cloud assemblies differ"; r=1; }
    fi
    [ -n "${WANT_RC:-}" ] && [ "$(cat "$SH/a.rc")" != "$WANT_RC" ] && { echo "  the CLI exited $(cat "$SH/a.rc"), expected $WANT_RC"; r=1; }
    return $r
  }

  # examples/hello-lambda, its cdk.json pointing at the built example
  ${CC:-cc} -std=c11 -Iinclude -o "$SH/hello-lambda" examples/hello-lambda/app.c build/libccdk.a -lpthread -lm
  mkdir -p "$SH/hello" && cp -r examples/hello-lambda/lambda-handler examples/hello-lambda/app.js "$SH/hello/"
  sed "s#\"../../build/examples/hello-lambda\"#\"$SH/hello-lambda\"#" examples/hello-lambda/cdk.json >"$SH/hello/cdk.json"
  WANT_RC=0 check "synth: hello-lambda's template as the CLI's YAML, the same assembly" same_as_cdk "$SH/hello" synth
  check "synth: the template is on stdout" grep -q '^      Runtime: nodejs16.x$' "$SH/b.out"
  WANT_RC=0 check "synth HelloLambdaStack --json" same_as_cdk "$SH/hello" synth HelloLambdaStack --json
  SYNTH_OUT=out2 WANT_RC=0 check "synth -q -o DIR" same_as_cdk "$SH/hello" synth -q -o out2
  check "  (nothing on stdout but the app's own lines)" bash -c "! grep -q Resources: '$SH/b.out'"
  WANT_RC=0 check "synth --no-path-metadata --no-asset-metadata --version-reporting -c k=v" \
    same_as_cdk "$SH/hello" synth --no-path-metadata --no-asset-metadata --version-reporting -c k=v
  WANT_RC=0 check "ls (runs the app)" same_as_cdk "$SH/hello" ls
  WANT_RC=1 check "synth NoSuchStack: the CLI's error" same_as_cdk "$SH/hello" synth NoSuchStack

  # on a terminal (script(1)): the CLI's colors and its reset around each line of the template.
  # tty_like DIR ARGS...: the same bytes from both; TTY_WANT (a grep -c count of the template's
  # reset lines, "\e[0m  Type:") says whether chalk colored, so that a check means what it says
  tty_like() {
    local dir=$1; shift
    (cd "$dir" && rm -rf cdk.out && HOME=$SH/home script -qc "${TTY_PRE:-} $CDK $*" /dev/null >"$SH/tty.a" 2>&1
     rm -rf cdk.out && HOME=$SH/home script -qc "${TTY_PRE:-} $CCDK $*" /dev/null >"$SH/tty.b" 2>&1; true)
    local n; n=$(grep -c $'^\x1b\\[0m *Type: ' "$SH/tty.a")
    [ "${TTY_WANT:-colored}" = colored ] && [ "$n" = 0 ] && { echo "  the CLI did not color"; return 1; }
    [ "${TTY_WANT:-colored}" = plain ] && [ "$n" != 0 ] && { echo "  the CLI colored"; return 1; }
    cmp -s "$SH/tty.a" "$SH/tty.b" || { diff <(cat -v "$SH/tty.a") <(cat -v "$SH/tty.b") | cut -c1-200 | head -6; return 1; }
  }
  tty_same() { tty_like "$@"; }
  if command -v script >/dev/null; then
    check "synth on a terminal: the same bytes, colors included" tty_same "$SH/hello" synth
    # supports-color's rules, as the CLI bundles them (chalk's messages and template; the
    # validation report's Colorize has its own)
    CI=true TTY_WANT=plain check "synth on a terminal, CI=true: chalk off, the report colored" tty_like "$SH/hello" synth
    CI=1 GITHUB_ACTIONS=true check "synth on a terminal, CI and a known CI service: colored" tty_like "$SH/hello" synth
    CI=true TERM=xterm-256color FORCE_COLOR=1 check "synth on a terminal, CI=true FORCE_COLOR=1: colored" tty_like "$SH/hello" synth
    TTY_PRE="env -u TERM" TTY_WANT=plain check "synth on a terminal, no TERM: chalk off" tty_like "$SH/hello" synth
    TERM=dumb TTY_WANT=plain check "synth on a terminal, TERM=dumb" tty_like "$SH/hello" synth
    TERM=weird COLORTERM=1 check "synth on a terminal, TERM unknown, COLORTERM set: colored" tty_like "$SH/hello" synth
    TERM=weird TTY_WANT=plain check "synth on a terminal, TERM unknown: chalk off" tty_like "$SH/hello" synth
    FORCE_COLOR=0 TTY_WANT=plain check "synth on a terminal, FORCE_COLOR=0: no colors" tty_like "$SH/hello" synth
    # chalk reads argv for "--no-color" itself; yargs reads --no-color as "color: false", so the CLI
    # does not set FORCE_COLOR=0 and the report stays colored. --noColor (the option's yargs name)
    # sets FORCE_COLOR=0 for the report, and chalk, which does not know that name, colors.
    TTY_WANT=plain check "synth on a terminal --no-color: chalk off, the report colored" tty_like "$SH/hello" synth --no-color
    check "  (the report colored)" grep -q $'\x1b\\[33mWARNING' "$SH/tty.a"
    check "synth on a terminal --noColor: chalk on, the report plain" tty_like "$SH/hello" synth --noColor
    check "  (the report plain)" grep -q $'^WARNING Runtime' "$SH/tty.a"
    TTY_WANT=plain check "synth on a terminal --no-color --color: chalk off, the report colored" tty_like "$SH/hello" synth --no-color --color
    check "  (the report colored)" grep -q $'\x1b\\[33mWARNING' "$SH/tty.a"
    TERM=dumb check "synth on a terminal, TERM=dumb --color: colored" tty_like "$SH/hello" synth --color
  fi

  # several stacks (cross-stack references: annotations) and a Stage
  for c in core-cross-stack-references core-stage; do
    [ -x "$T/$c" ] || ${CC:-cc} -std=c11 -Iinclude -o "$T/$c" "tests/conformance/cases/$c/app.c" build/libccdk.a -lpthread -lm
    mkdir -p "$SH/$c" && cp -r "tests/conformance/cases/$c/." "$SH/$c/"
    echo "{\"app\": \"$T/$c\"}" >"$SH/$c/cdk.json"
  done
  WANT_RC=0 check "synth, several stacks: where they are, and the annotations" same_as_cdk "$SH/core-cross-stack-references" synth
  check "synth, several stacks: the message" grep -q '^Supply a stack id (Shared, Api, Ops) to display its template.$' "$SH/b.err"
  CI=true WANT_RC=0 check "synth with CI=true: the CLI's messages on stdout" same_as_cdk "$SH/core-cross-stack-references" synth
  check "  (the message on stdout)" grep -q '^Supply a stack id (Shared, Api, Ops) to display its template.$' "$SH/b.out"
  if command -v script >/dev/null; then
    TTY_WANT=any check "synth, several stacks, on a terminal: the colored messages" tty_same "$SH/core-cross-stack-references" synth
    check "  (colored)" grep -q $'\x1b\\[32mSuccessfully synthesized' "$SH/tty.a"
  fi
  WANT_RC=0 check "synth Api: one of several (its dependencies not added)" same_as_cdk "$SH/core-cross-stack-references" synth Api
  WANT_RC=0 check "synth 'A*' '!Ops' -j" same_as_cdk "$SH/core-cross-stack-references" synth 'A*' 'O*' '!Ops' -j
  WANT_RC=0 check "synth in a Stage app: 'Prod/*'" same_as_cdk "$SH/core-stage" synth 'Prod/*'
  WANT_RC=0 check "synth in a Stage app, top-level stack" same_as_cdk "$SH/core-stage" synth
  WANT_RC=0 check "ls: a Stage app" same_as_cdk "$SH/core-stage" ls
  WANT_RC=0 check "ls Api: with the stacks it depends on" same_as_cdk "$SH/core-cross-stack-references" ls Api
  WANT_RC=0 check "ls Nope: an empty list" same_as_cdk "$SH/core-cross-stack-references" ls Nope
  WANT_RC=0 check "ls --long --show-dependencies (YAML)" same_as_cdk "$SH/core-stage" ls --long --show-dependencies
  WANT_RC=0 check "ls -l -d --json" same_as_cdk "$SH/core-cross-stack-references" ls -l -d --json

  # the environment and context the app gets: ~/.cdk.json < cdk.context.json < cdk.json < -c
  mkdir -p "$SH/env"
  cat >"$SH/env/app.sh" <<EOF
env | grep -v -e '^_=' -e '^PWD=' -e '^OLDPWD=' -e '^SHLVL=' -e '^CONTEXT_OVERFLOW_LOCATION_ENV=' | sort >"\$CDK_OUTDIR/../env.\$\$"
mv "\$CDK_OUTDIR/../env.\$\$" "\$CDK_OUTDIR/../env.txt"
if [ -n "\$CONTEXT_OVERFLOW_LOCATION_ENV" ]; then cp "\$CONTEXT_OVERFLOW_LOCATION_ENV" "\$CDK_OUTDIR/../overflow.txt"; else rm -f "\$CDK_OUTDIR/../overflow.txt"; fi
exec "$SH/hello-lambda"
EOF
  cp -r examples/hello-lambda/lambda-handler "$SH/env/"
  echo '{"app": "sh app.sh", "versionReporting": false, "context": {"b": {"x": 1}, "a": 1, "2": "two", "shared": "cdk.json"}}' >"$SH/env/cdk.json"
  echo '{"b": {"y": 2}, "z": 1, "1": "one", "shared": "cdk.context.json", "fromctx": true}' >"$SH/env/cdk.context.json"
  echo '{"context": {"user": "home", "shared": "home", "b": {"w": 0}}}' >"$SH/home/.cdk.json"
  envsame() {
    (cd "$SH/env" && rm -rf cdk.out && HOME=$SH/home "$CDK" synth -q "$@" >/dev/null 2>&1; cp env.txt env.cdk; cp overflow.txt overflow.cdk 2>/dev/null
     rm -rf cdk.out && HOME=$SH/home "$CCDK" synth -q "$@" >/dev/null 2>&1; cp env.txt env.ccdk; cp overflow.txt overflow.ccdk 2>/dev/null; true)
    cmp -s "$SH/env/env.cdk" "$SH/env/env.ccdk" || { diff "$SH/env/env.cdk" "$SH/env/env.ccdk" | cut -c1-300 | head -6; return 1; }
  }
  check "the app's environment and CDK_CONTEXT_JSON are the CLI's (files, -c, key order)" envsame -c foo=bar -c 3=three -c shared=cli
  check "  (a key from each file, and the CLI's keys)" grep -q '^CDK_CONTEXT_JSON={"1":"one","2":"two","3":"three","user":"home","shared":"cli","b":{"w":0,"y":2,"x":1},"z":1,"fromctx":true,"a":1,"foo":"bar","aws:cdk:enable-path-metadata":true,"aws:cdk:enable-asset-metadata":true,"aws:cdk:disable-version-reporting":true,"aws:cdk:bundling-stacks":\["\*\*"\],"@aws-cdk/core:failSynthOnValidationErrors":false}$' "$SH/env/env.ccdk"
  python3 -c "
import json; json.dump({'big%03d' % i: 'v' * 1000 for i in range(200)}, open('$SH/env/cdk.context.json', 'w'))"
  overflow_same() { envsame && [ -s "$SH/env/overflow.ccdk" ] && cmp -s "$SH/env/overflow.cdk" "$SH/env/overflow.ccdk"; }
  check "a context over the environment's room: the same part in CDK_CONTEXT_JSON, the rest in the overflow file" overflow_same
  rm -f "$SH/home/.cdk.json"
  echo '{}' >"$SH/env/cdk.context.json"
  # CDK_DEFAULT_REGION from the profile's section in ~/.aws/config and ~/.aws/credentials
  mkdir -p "$SH/home/.aws"
  printf '[default]\nregion = us-west-2\n\n[profile dev]\nregion=eu-central-1\n' >"$SH/home/.aws/config"
  printf '[other]\nregion = sa-east-1\n' >"$SH/home/.aws/credentials"
  unset AWS_REGION AWS_DEFAULT_REGION AMAZON_REGION AMAZON_DEFAULT_REGION AWS_PROFILE AWS_DEFAULT_PROFILE
  check "the region: ~/.aws/config's default profile" envsame
  check "  (us-west-2)" grep -q '^CDK_DEFAULT_REGION=us-west-2$' "$SH/env/env.ccdk"
  AWS_PROFILE=dev check "the region: AWS_PROFILE's section" envsame
  check "the region: --profile (a section of ~/.aws/credentials)" envsame --profile other
  check "  (sa-east-1)" grep -q '^CDK_DEFAULT_REGION=sa-east-1$' "$SH/env/env.ccdk"
  # CDK_DEFAULT_ACCOUNT: the account the CLI's cache knows for the credentials' access key
  notices_cache "$SH/cdkhome"
  echo '{"AKIACCDKTEST": {"accountId": "111122223333", "partition": "aws"}}' >"$SH/cdkhome/cache/accounts_partitions.json"
  printf '[p2]\naws_access_key_id = AKIACCDKTEST\naws_secret_access_key = s\n' >>"$SH/home/.aws/credentials"
  CDK_HOME=$SH/cdkhome AWS_ACCESS_KEY_ID=AKIACCDKTEST AWS_SECRET_ACCESS_KEY=s check "the account: from the CLI's account cache (environment credentials)" envsame
  check "  (111122223333)" grep -q '^CDK_DEFAULT_ACCOUNT=111122223333$' "$SH/env/env.ccdk"
  CDK_HOME=$SH/cdkhome check "the account: --profile's access key" envsame --profile p2
  CDK_HOME=$SH/cdkhome AWS_ACCESS_KEY_ID=AKIAUNKNOWN AWS_SECRET_ACCESS_KEY=s check "the account: not cached, left unset (the CLI cannot reach STS here either)" envsame
  rm -rf "$SH/home/.aws"

  # errors
  mkdir -p "$SH/failing" && echo '{"app": "echo the app says no >&2; exit 3"}' >"$SH/failing/cdk.json"
  WANT_RC=1 check "a failing app: the CLI's message and exit status" same_as_cdk "$SH/failing" synth
  # an app given as a path and plain words, which ccdk runs without the shell: its exit status,
  # and its crash reported as the shell (which the CLI runs it through) reports it
  printf '#include <signal.h>\n#include <stdio.h>\nint main(int c, char **v) { if (c > 2) raise(SIGSEGV); if (c > 1) abort(); fprintf(stderr, "no\\n"); return 3; }\n' >"$SH/crashy.c"
  printf '#include <stdlib.h>\n' | cat - "$SH/crashy.c" >"$SH/crashy2.c" && ${CC:-cc} -o "$SH/crashy" "$SH/crashy2.c"
  for args in "" " abort" " abort segv"; do
    mkdir -p "$SH/crashy-app" && echo "{\"app\": \"$SH/crashy$args\"}" >"$SH/crashy-app/cdk.json"
    WANT_RC=1 check "an app run without the shell ('crashy$args'): the CLI's message and exit status" same_as_cdk "$SH/crashy-app" synth
  done
  mkdir -p "$SH/nothing"
  WANT_RC=1 check "no cdk.json: --app is required" same_as_cdk "$SH/nothing" synth
  WANT_RC=1 check "-c aws:...: refused as the CLI does" same_as_cdk "$SH/hello" synth -c aws:cdk:x=1

  # context lookups: ccdk cannot call AWS; with the value in cdk.context.json nothing is missing
  ${CC:-cc} -std=c11 -Iinclude -o "$SH/lookup-app" tests/tool/lookup/app.c build/libccdk.a -lpthread -lm
  mkdir -p "$SH/lookup" && echo "{\"app\": \"$SH/lookup-app\"}" >"$SH/lookup/cdk.json"
  (cd "$SH/lookup" && HOME=$SH/home "$CCDK" synth >"$SH/lk.out" 2>"$SH/lk.err"; echo $? >"$SH/lk.rc")
  check "a missing context lookup: exit status 1 and the missing key named" \
    bash -c "[ \$(cat $SH/lk.rc) = 1 ] && grep -q \"Missing context keys: 'availability-zones:account=123456789012:region=eu-west-1'\" $SH/lk.err"
  WANT_RC=1 check "a missing context lookup with --no-lookups: the CLI's message" same_as_cdk "$SH/lookup" synth --no-lookups
  echo '{"availability-zones:account=123456789012:region=eu-west-1": ["eu-west-1a", "eu-west-1b"]}' >"$SH/lookup/cdk.context.json"
  WANT_RC=0 check "the lookup's value in cdk.context.json: synthesized as by the CLI" same_as_cdk "$SH/lookup" synth
  check "  (with the looked-up value, not the dummy)" grep -q '^  Queue4A7E3555:$' "$SH/b.out"

  # a build command first (cdk.json "build")
  mkdir -p "$SH/build" && cp -r examples/hello-lambda/lambda-handler "$SH/build/"
  echo "{\"build\": \"echo built >built.txt\", \"app\": \"test -f built.txt && $SH/hello-lambda\"}" >"$SH/build/cdk.json"
  WANT_RC=0 check "cdk.json's build command runs before the app" same_as_cdk "$SH/build" synth

  # YAML: a template of awkward strings (quoting, block scalars, control characters, long keys)
  for seed in 1 2 3; do
    python3 tests/tool/yaml_template.py "$seed" "$SH/yaml$seed"
    WANT_RC=0 check "YAML of awkward strings, seed $seed, byte for byte" same_as_cdk "$SH/nothing" synth --app "$SH/yaml$seed"
  done

  # aws-cdk-lib's own app (node app.js): its validation report and feature flag message
  if [ -d node_modules/aws-cdk-lib ]; then
    mkdir -p "$SH/js" && cp -r examples/hello-lambda/lambda-handler examples/hello-lambda/app.js "$SH/js/"
    ln -s "$ROOT/node_modules" "$SH/js/node_modules"
    echo '{"app": "node app.js"}' >"$SH/js/cdk.json"
    # aws-cdk-lib writes its own synth timings to $CDK_PERF_COUNTERS_FILE (cdk.out/performance-
    # counters.json): that file is the only one left out of the comparison
    SYNTH_EXCLUDE=performance-counters.json WANT_RC=0 check "aws-cdk-lib's app through ccdk synth: the same output and assembly (but its timings)" \
      same_as_cdk "$SH/js" synth
    # annotations aws-cdk-lib records with a stack trace (error, warning with an id, info):
    # the error fails the synth, unless --ignore-errors; --strict fails on the warning
    mkdir -p "$SH/jsann" && ln -s "$ROOT/node_modules" "$SH/jsann/node_modules"
    cat >"$SH/jsann/app.js" <<'EOF2'
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'ErrStack');
const q = new sqs.Queue(stack, 'Q');
cdk.Annotations.of(q).addError('this queue is wrong');
cdk.Annotations.of(q).addWarningV2('my:ack', 'a warning with an id');
cdk.Annotations.of(stack).addInfo('an info');
const other = new cdk.Stack(app, 'Other');
cdk.Annotations.of(other).addWarningV2('other:ack', 'only a warning');
app.synth();
EOF2
    echo '{"app": "node app.js"}' >"$SH/jsann/cdk.json"
    SYNTH_EXCLUDE=performance-counters.json WANT_RC=1 check "annotations with source locations; an error fails the synth" same_as_cdk "$SH/jsann" synth
    check "  (the error, its source line)" bash -c "grep -q '^ERROR this queue is wrong (Construct Annotations)$' '$SH/b.err' && grep -q '^app.js:6:23$' '$SH/b.err'"
    SYNTH_EXCLUDE=performance-counters.json WANT_RC=0 check "--ignore-errors" same_as_cdk "$SH/jsann" synth --ignore-errors
    SYNTH_EXCLUDE=performance-counters.json WANT_RC=1 check "--strict: a warning fails" same_as_cdk "$SH/jsann" synth Other --strict
  fi
fi
