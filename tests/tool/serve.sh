# `ccdk serve` (sourced by tests/tool/run.sh: uses its $T, $CCDK, check, ok, ko): the Function URLs
# of tests/tool/serve-app.c answered to curl (GET with a query string, cookies and repeated
# headers; POST with a body; a binary body base64-encoded; a base64 response; a string result;
# cookies; a handler error is 502; a timeout is 502; AWS_IAM is 403 unless --allow-iam), the Invoke
# API (curl and boto3), warm reuse (one process counting its invocations), two functions running at
# the same time, a nested stage's URL, a re-synthesized asset reloaded, a port in use; then a real headless Chromium fetching cross-origin from a page on another port: an allowed
# origin/header succeeds, a disallowed header, method or origin is blocked by the browser, and the
# preflights are answered by the server without invoking the function (the function logs each
# invocation). Ports are chosen free at run time.

S=$T/serve
[ -n "${KEEP:-}" ] && echo "keeping $T"
mkdir -p "$S/src" "$S/www"
cp -r tests/tool/serve-handler "$S/src/"
${CC:-cc} -std=c11 -Iinclude -o "$S/app" tests/tool/serve-app.c build/libccdk.a -lpthread -lm || ko "cannot build the serve app"

# the page server first: the URL's allowed origin (synthesized into the Cors block) is its origin
(cd "$S/www" && exec python3 -u -m http.server 0 --bind 127.0.0.1 >"$S/www.out" 2>&1) &
WWW_PID=$!
SERVE_PID=
stop_servers() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  [ -n "$WWW_PID" ] && kill "$WWW_PID" 2>/dev/null && wait "$WWW_PID" 2>/dev/null
  SERVE_PID= WWW_PID=
}
trap 'stop_servers; [ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
WP=
for _ in $(seq 50); do
  WP=$(sed -n 's/.* port \([0-9][0-9]*\) .*/\1/p' "$S/www.out" 2>/dev/null)
  [ -n "$WP" ] && break
  sleep 0.1
done
ORIGIN=http://127.0.0.1:$WP
synth() { (cd "$S/src" && ALLOWED_ORIGIN=$ORIGIN CDK_OUTDIR=$S/out "$S/app"); }
synth || ko "the serve app did not synthesize"

start_serve() { # start_serve [options]: $SERVE_PID, $P (its port), the log in $S/serve.err
  "$CCDK" serve --port 0 --assembly "$S/out" "$@" >"$S/serve.out" 2>"$S/serve.err" &
  SERVE_PID=$!
  P=
  for _ in $(seq 600); do
    P=$(sed -n 's/^ccdk serve: http:\/\/localhost:\([0-9][0-9]*\).*/\1/p' "$S/serve.out" 2>/dev/null)
    [ -n "$P" ] && break
    sleep 0.05
  done
}
start_serve
check "serve: prints its port and every Function URL (a nested stage's too) with its host name" \
  bash -c "[ -n '$P' ] && grep -q 'http://api.servestack.localhost:$P/  ServeStack/ApiF70053CD (AuthType NONE, CORS)' '$S/serve.out' &&
           grep -q 'http://private.localhost:$P/' '$S/serve.out' && grep -q 'http://py.localhost:$P/' '$S/serve.out' &&
           grep -q 'http://api.prod-web.localhost:$P/  Prod/Web/ApiF70053CD (AuthType NONE)' '$S/serve.out'"

C() { curl -s --max-time 30 "$@"; }
jq_() { node -e "const r=JSON.parse(require('fs').readFileSync(0,'utf8')); process.exit(eval(process.argv[1]) ? 0 : 1)" "$1"; }
C -D "$S/h" "http://api.servestack.localhost:$P/some/path?a=1&a=2&b=x%20y" -H 'Cookie: c1=v1; c2=v2' -H 'X-Multi: 1' -H 'X-Multi: 2' -H 'User-Agent: test-agent' >"$S/r"
check "serve GET: the 2.0 event (path, query string, cookies, headers joined, requestContext)" jq_ "
  const e = r.event, c = e.requestContext;
  e.version === '2.0' && e.routeKey === '\$default' && e.rawPath === '/some/path' && e.rawQueryString === 'a=1&a=2&b=x%20y' &&
  JSON.stringify(e.cookies) === '[\"c1=v1\",\"c2=v2\"]' && e.headers['x-multi'] === '1,2' && !('cookie' in e.headers) &&
  e.headers.host === 'api.servestack.localhost:$P' && e.queryStringParameters.a === '1,2' && e.queryStringParameters.b === 'x y' &&
  c.http.method === 'GET' && c.http.path === '/some/path' && c.http.protocol === 'HTTP/1.1' && c.http.sourceIp === '127.0.0.1' &&
  c.http.userAgent === 'test-agent' && c.domainName === 'api.servestack.localhost' && c.domainPrefix === 'api' && c.routeKey === '\$default' &&
  c.stage === '\$default' && /^[0-9a-f-]{36}\$/.test(c.requestId) && typeof c.timeEpoch === 'number' &&
  /^[0-9]{2}\/[A-Z][a-z]{2}\/[0-9]{4}:[0-9:]{8} \+0000\$/.test(c.time) && c.accountId === 'anonymous' &&
  e.isBase64Encoded === false && !('body' in e)" <"$S/r"
check "serve GET: the function's status and headers, its own CORS headers dropped (the URL's Cors decides)" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && grep -qi '^x-exposed: yes' '$S/h' && ! grep -qi 'evil.example' '$S/h'"
C "http://api.servestack.localhost:$P/post" -H 'content-type: application/json' -d '{"x":1}' >"$S/r"
check "serve POST: a text body as it is" jq_ "r.event.body === '{\"x\":1}' && r.event.isBase64Encoded === false && r.event.requestContext.http.method === 'POST'" <"$S/r"
check "serve: one warm runtime per function (the second request counts 2)" jq_ "r.count === 2" <"$S/r"
printf '\000\001\377binary' >"$S/bin"
C "http://api.prod-web.localhost:$P/staged" >"$S/r"
check "serve: a nested stage's URL, a runtime of its own" jq_ "r.count === 1 && r.event.rawPath === '/staged'" <"$S/r"
C "http://strict50189bc0.localhost:$P/" >"$S/r"
check "serve: the function's logical id as the host name" jq_ "r.count === 1 && r.event.headers.host === 'strict50189bc0.localhost:$P'" <"$S/r"
C "http://py.localhost:$P/" -H 'content-type: application/octet-stream' --data-binary @"$S/bin" >"$S/r"
check "serve POST: a binary body base64-encoded (python)" jq_ "r.method === 'POST' && r.body === Buffer.from('\\x00\\x01\\xffbinary', 'latin1').toString('base64')" <"$S/r"
printf 'caf\351' >"$S/latin1"
C "http://py.localhost:$P/?flag" -H 'content-type: text/plain; charset=latin1' --data-binary @"$S/latin1" >"$S/r"
check "serve POST: a text body that is not UTF-8 base64-encoded" jq_ "r.body === Buffer.from('caf\\xe9', 'latin1').toString('base64')" <"$S/r"
C "http://api.servestack.localhost:$P/binary" >"$S/r"
check "serve: a base64 response body decoded" bash -c "[ \"\$(od -An -tx1 '$S/r' | tr -d ' \n')\" = '000102ff' ]"
C -D "$S/h" "http://api.servestack.localhost:$P/string" >"$S/r"
check "serve: a string result is a 200 application/json response of its JSON" \
  bash -c "[ \"\$(cat '$S/r')\" = '\"hello\"' ] && grep -qi '^content-type: application/json' '$S/h'"
C "http://api.servestack.localhost:$P/plain" >"$S/r"
check "serve: an object without statusCode is the body" jq_ "r.hello === 'world'" <"$S/r"
C -D "$S/h" "http://api.servestack.localhost:$P/cookies" >"$S/r"
check "serve: statusCode and cookies as Set-Cookie headers" \
  bash -c "grep -q '^HTTP/1.1 201' '$S/h' && grep -q '^Set-Cookie: a=1; Path=/' '$S/h' && grep -q '^Set-Cookie: b=2' '$S/h' && [ \"\$(cat '$S/r')\" = ok ]"
C -D "$S/h" "http://api.servestack.localhost:$P/fail" >"$S/r"
check "serve: a handler error is 502 Internal Server Error, as URLs answer" \
  bash -c "grep -q '^HTTP/1.1 502' '$S/h' && [ \"\$(cat '$S/r')\" = 'Internal Server Error' ]"
C "http://api.servestack.localhost:$P/after-error" >"$S/r"
check "serve: the runtime stays warm after a handler error" jq_ "r.count === 8" <"$S/r"
C -D "$S/h" "http://api.servestack.localhost:$P/sleep" >"$S/r" &
slow=$!
sleep 0.3
t0=$(date +%s%N)
C "http://py.localhost:$P/" >/dev/null
fast_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
wait $slow
C "http://api.servestack.localhost:$P/after-timeout" >"$S/r2"
check "serve: a timeout is 502; the next request starts a new runtime" \
  bash -c "grep -q '^HTTP/1.1 502' '$S/h' && node -e \"process.exit(JSON.parse(require('fs').readFileSync('$S/r2','utf8')).count === 1 ? 0 : 1)\""
C "http://api.servestack.localhost:$P/exit-later" >/dev/null
sleep 1
C -D "$S/h" "http://api.servestack.localhost:$P/after-exit" >"$S/r"
check "serve: a runtime that died while idle is replaced at the next request (no error)" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && node -e \"process.exit(JSON.parse(require('fs').readFileSync('$S/r','utf8')).count === 1 ? 0 : 1)\""
starts=$(grep -c '^START RequestId' "$S/serve.err")
check "serve: another function answers while one runs (${fast_ms} ms): a thread per function" bash -c "[ $fast_ms -lt 1000 ]"
C -D "$S/h" "http://private.localhost:$P/" >"$S/r"
check "serve: AuthType AWS_IAM is 403 without --allow-iam, the function not invoked" \
  bash -c "grep -q '^HTTP/1.1 403' '$S/h' && grep -q '\"Message\":\"Forbidden\"' '$S/r' && [ \$(grep -c '^START RequestId' '$S/serve.err') = $starts ]"
C -D "$S/h" -X OPTIONS "http://api.servestack.localhost:$P/pre" -H 'Origin: http://allowed.example' -H "Access-Control-Request-Method: POST" >/dev/null
C -D "$S/h2" -X OPTIONS "http://api.servestack.localhost:$P/pre" -H "Origin: $ORIGIN" -H "Access-Control-Request-Method: POST" >/dev/null
check "serve: a preflight answered from the Cors block, an unknown origin without CORS headers, the function not invoked" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && ! grep -qi '^access-control-allow-origin' '$S/h' &&
           grep -qi '^access-control-allow-origin: $ORIGIN' '$S/h2' && grep -qi '^access-control-allow-methods: GET,POST' '$S/h2' &&
           grep -qi '^access-control-allow-headers: content-type,x-custom' '$S/h2' && grep -qi '^access-control-max-age: 300' '$S/h2' &&
           grep -qi '^access-control-allow-credentials: true' '$S/h2' &&
           ! grep -q 'invoked OPTIONS' '$S/serve.err'"
C -D "$S/h" "http://py.localhost:$P/star" -H 'Origin: http://anywhere.example' >/dev/null
C -D "$S/h2" -X OPTIONS "http://py.localhost:$P/star" -H 'Origin: http://anywhere.example' -H 'Access-Control-Request-Method: DELETE' >/dev/null
check "serve: AllowOrigins * answers any origin with *; AllowMethods * in the preflight" \
  bash -c "grep -qi '^access-control-allow-origin: \*' '$S/h' && grep -qi '^access-control-allow-origin: \*' '$S/h2' &&
           grep -qi '^access-control-allow-methods: \*' '$S/h2' && ! grep -qi '^access-control-allow-credentials' '$S/h2'"
C -D "$S/h" "http://localhost:$P/2015-03-31/functions/ServeStack-Py72E667BC/invocations" \
  -d '{"requestContext": {"http": {"method": "VIA-SDK"}}, "body": "b"}' >"$S/r"
check "serve: the Invoke API (RequestResponse) by function name" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && grep -qi '^x-amz-executed-version: \$LATEST' '$S/h' && ! grep -qi 'x-amz-function-error' '$S/h' && grep -q '\"VIA-SDK\"' '$S/r'"
C -D "$S/h" "http://localhost:$P/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3ANoUrl7999EFFA/invocations" -d '{}' >"$S/r"
check "serve: the Invoke API by ARN (a logical id); a function error is X-Amz-Function-Error: Unhandled with Lambda's error JSON" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && grep -qi '^x-amz-function-error: Unhandled' '$S/h' && grep -q '\"errorType\":\"TypeError\"' '$S/r'"
C -D "$S/h" "http://localhost:$P/2015-03-31/functions/Nope/invocations" -d '{}' >"$S/r"
check "serve: the Invoke API, no such function: 404 ResourceNotFoundException" \
  bash -c "grep -q '^HTTP/1.1 404' '$S/h' && grep -qi '^x-amzn-errortype: ResourceNotFoundException' '$S/h'"

C -D "$S/h" -H 'X-Amz-Invocation-Type: Event' "http://localhost:$P/2015-03-31/functions/ServeStack%2FPy/invocations" -d '{}' >"$S/r"
C -D "$S/h2" -H 'X-Amz-Invocation-Type: DryRun' "http://localhost:$P/2015-03-31/functions/ServeStack%2FPy/invocations" -d '{}' >/dev/null
check "serve: the Invoke API by construct path; Event is 202, DryRun 204" \
  bash -c "grep -q '^HTTP/1.1 202' '$S/h' && grep -q '^HTTP/1.1 204' '$S/h2'"

# an AWS SDK client (boto3, when installed) pointed at the server
if python3 -c 'import boto3' 2>/dev/null; then
  cat >"$S/sdk.py" <<'EOF'
import json, sys
import boto3
client = boto3.client("lambda", endpoint_url="http://localhost:" + sys.argv[1], region_name="us-east-1",
                      aws_access_key_id="AKIDLOCAL", aws_secret_access_key="local")
ok = client.invoke(FunctionName="ServeStack/Py", Payload=json.dumps({"requestContext": {"http": {"method": "BOTO3"}}}),
                   LogType="Tail")
import base64
tail = base64.b64decode(ok["LogResult"]).decode()
bad = client.invoke(FunctionName="arn:aws:lambda:us-east-1:123456789012:function:NoUrl7999EFFA", Payload=b"{}")
print(json.dumps({"status": ok["StatusCode"], "payload": json.loads(ok["Payload"].read()), "tail": tail,
                  "error": bad.get("FunctionError"), "errorType": json.loads(bad["Payload"].read()).get("errorType")}))
EOF
  python3 "$S/sdk.py" "$P" >"$S/r" 2>"$S/sdk.err"
  check "serve: an AWS SDK client (boto3) invokes through the Invoke API (LogType Tail: the invocation's log)" \
    jq_ "r.status === 200 && r.payload.method === 'BOTO3' && r.error === 'Unhandled' && r.errorType === 'TypeError' &&
         /^START RequestId: [0-9a-f-]{36} Version: \\\$LATEST\\n(.|\\n)*END RequestId: (.|\\n)*REPORT RequestId: .*Duration: /.test(r.tail)" <"$S/r"
else
  echo "skip: boto3 is not installed: the SDK client check did not run"
fi

# a re-synthesized app: the changed asset is reloaded, the unchanged function stays warm
C "http://py.localhost:$P/" >/dev/null
sed -i "s/return 'hello';/return 'hello again';/" "$S/src/serve-handler/index.js"
synth >/dev/null 2>&1
C "http://api.servestack.localhost:$P/string" >"$S/r"
C "http://py.localhost:$P/" >/dev/null
check "serve: a re-synthesized asset reloads its function; the unchanged one stays warm" \
  bash -c "[ \"\$(cat '$S/r')\" = '\"hello again\"' ] && grep -q 'the assembly changed' '$S/serve.err' && [ \$(grep -c '(py): 200.*cold start' '$S/serve.err') = 1 ]"

# malformed requests (tools/ccdk/http.c, fuzzed by tests/fuzz/fuzz_http.c): a NUL in the head is
# 400, an absurd chunk size 413, and the server goes on serving
python3 - "$P" >"$S/bad-requests" 2>&1 <<'PY'
import socket, sys
port = int(sys.argv[1])
def send(raw):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(raw)
    out = s.recv(100).split(b"\r\n")[0].decode()
    s.close()
    return out
print(send(b"GET / HTTP/1.1\x00\r\nHost: py.localhost\r\n\r\n"))
print(send(b"POST / HTTP/1.1\r\nHost: py.localhost\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nab\r\n0\r\n\r\n"))
print(send(b"GET / HTTP/1.1\r\nHost: py.localhost\r\nContent-Length: -5\r\n\r\n"))
print(send(b"GET / HTTP/1.1\r\nHost: py.localhost\r\n\r\n"))
PY
check "serve: malformed requests get 400 or 413 and the server goes on" \
  bash -c "[ \"\$(cat '$S/bad-requests')\" = \"\$(printf 'HTTP/1.1 400 Bad Request\nHTTP/1.1 413 Request Entity Too Large\nHTTP/1.1 400 Bad Request\nHTTP/1.1 200 OK')\" ]"

"$CCDK" serve --port "$P" --assembly "$S/out" >/dev/null 2>"$S/inuse"; rc=$?
check "serve: a port in use is one line and a non-zero exit" \
  bash -c "[ $rc != 0 ] && [ \$(wc -l < '$S/inuse') = 1 ] && grep -q 'port $P is in use' '$S/inuse'"

"$CCDK" serve --port 0 --assembly "$S/nowhere" >/dev/null 2>"$S/bad"; rc=$?
"$CCDK" serve --port http >/dev/null 2>"$S/bad2"; rc2=$?
check "serve: no assembly, a bad port: one line each, exit status 2" \
  bash -c "[ $rc = 2 ] && [ \$(wc -l < '$S/bad') = 1 ] && [ $rc2 = 2 ] && [ \$(wc -l < '$S/bad2') = 1 ]"

# Chromium: a page on the page server's origin fetches the URLs (other origins)
if command -v chromium >/dev/null 2>&1; then
  before=$(wc -l <"$S/serve.err")
  cat >"$S/www/index.html" <<EOF
<!doctype html><html><body><pre id="out">pending</pre><script>
const api = 'http://api.servestack.localhost:$P', strict = 'http://strict.localhost:$P';
async function attempt(f) { try { return await f(); } catch (e) { return 'blocked: ' + e.name; } }
(async () => {
  const r = {};
  r.allowed = await attempt(async () => {
    const res = await fetch(api + '/cors', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'x-custom': '1' }, body: '{"a":1}' });
    const j = await res.json();
    return { status: res.status, exposed: res.headers.get('x-exposed'), hidden: res.headers.get('x-hidden'), body: j.event.body,
             custom: j.event.headers['x-custom'], origin: j.event.headers.origin };
  });
  r.badHeader = await attempt(async () => (await fetch(api + '/bad-header', { headers: { 'x-forbidden': '1' } })).status);
  r.badMethod = await attempt(async () => (await fetch(api + '/bad-method', { method: 'PUT' })).status);
  r.badOrigin = await attempt(async () => (await fetch(strict + '/bad-origin')).status);
  document.getElementById('out').textContent = JSON.stringify(r);
})();
</script></body></html>
EOF
  timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$S/chrome" \
    --virtual-time-budget=15000 --dump-dom "$ORIGIN/index.html" 2>"$S/chrome.err" |
    sed -n 's/.*<pre id="out">\(.*\)<\/pre>.*/\1/p' | sed 's/&quot;/"/g; s/&amp;/\&/g' >"$S/chrome.json"
  tail -n +"$((before + 1))" "$S/serve.err" >"$S/chrome.log"
  check "chromium: an allowed origin and header succeed (with credentials); the exposed header is readable, the others not" \
    jq_ "const a = r.allowed; a.status === 200 && a.exposed === 'yes' && a.hidden === null && a.body === '{\"a\":1}' && a.custom === '1' && a.origin === '$ORIGIN'" <"$S/chrome.json"
  check "chromium: a header and a method the Cors block does not allow are blocked by the browser" \
    jq_ "r.badHeader === 'blocked: TypeError' && r.badMethod === 'blocked: TypeError'" <"$S/chrome.json"
  check "chromium: an origin the Cors block does not allow is blocked by the browser" \
    jq_ "r.badOrigin === 'blocked: TypeError'" <"$S/chrome.json"
  check "chromium: the preflights answered by the server without invoking the function" \
    bash -c "[ \$(grep -c 'OPTIONS /cors (api.servestack): CORS preflight from $ORIGIN answered' '$S/chrome.log') -ge 1 ] &&
             [ \$(grep -c 'CORS preflight' '$S/chrome.log') -ge 3 ] && ! grep -q 'invoked OPTIONS' '$S/chrome.log' &&
             [ \$(grep -c 'invoked POST /cors' '$S/chrome.log') = 1 ] && ! grep -q 'invoked .* /bad-header' '$S/chrome.log' &&
             ! grep -q 'invoked .* /bad-method' '$S/chrome.log' && [ \$(grep -c 'invoked GET /bad-origin' '$S/chrome.log') = 1 ]"
  [ -s "$S/chrome.json" ] || { echo "chromium printed:"; tail -5 "$S/chrome.err"; }
else
  echo "skip: chromium is not installed (scripts/setup.sh installs it): the browser CORS checks did not run"
fi
kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null; SERVE_PID=

echo '{"Parameters": {"GREETING": "hi from --env-vars"}}' >"$S/env.json"
start_serve --allow-iam --quiet --env-vars "$S/env.json"
C -D "$S/h" "http://private.localhost:$P/" >"$S/r"
check "serve --allow-iam --env-vars: AWS_IAM served, with requestContext.authorizer.iam; the variables set" \
  bash -c "grep -q '^HTTP/1.1 200' '$S/h' && node -e \"const r=JSON.parse(require('fs').readFileSync('$S/r','utf8')); process.exit(r.event.requestContext.authorizer.iam.accountId === '123456789012' && r.greeting === 'hi from --env-vars' ? 0 : 1)\""
kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null; SERVE_PID=

# aws-cdk-lib's assembly of the same app
if [ -d node_modules/aws-cdk-lib ]; then
  cp tests/tool/serve-app.js "$S/src/"
  (cd "$S/src" && NODE_PATH=$ROOT/node_modules ALLOWED_ORIGIN=$ORIGIN CDK_OUTDIR=$S/js node serve-app.js >/dev/null 2>&1)
  "$CCDK" serve --port 0 --assembly "$S/js" >"$S/serve.out" 2>"$S/serve.err" &
  SERVE_PID=$!
  P=
  for _ in $(seq 600); do
    P=$(sed -n 's/^ccdk serve: http:\/\/localhost:\([0-9][0-9]*\).*/\1/p' "$S/serve.out" 2>/dev/null)
    [ -n "$P" ] && break
    sleep 0.05
  done
  C "http://api.servestack.localhost:$P/x?q=1" >"$S/r"
  check "serve: aws-cdk-lib's assembly of the same app" jq_ "r.count === 1 && r.event.queryStringParameters.q === '1'" <"$S/r"
fi
stop_servers
