// test handler for `ccdk serve` (tests/tool/serve.sh): answers by path; counts its invocations in
// the process (a warm runtime keeps counting) and logs each one (the preflight must not show up)
let count = 0;
exports.handler = async (event) => {
  count += 1;
  console.log(`invoked ${event.requestContext.http.method} ${event.rawPath} #${count}`);
  switch (event.rawPath) {
    case '/fail':
      throw new Error('asked to fail');
    case '/string':
      return 'hello';
    case '/plain':
      return { hello: 'world' };
    case '/binary':
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/octet-stream' },
        body: Buffer.from([0, 1, 2, 255]).toString('base64'),
        isBase64Encoded: true,
      };
    case '/cookies':
      return { statusCode: 201, headers: { 'content-type': 'text/plain' }, cookies: ['a=1; Path=/', 'b=2'], body: 'ok' };
    case '/exit-later': // the runtime dies while idle, after its response
      setTimeout(() => process.exit(3), 100);
      return 'bye';
    case '/sleep':
      await new Promise((r) => setTimeout(r, 5000));
      return 'late';
    default:
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'x-exposed': 'yes', 'x-hidden': 'no', 'access-control-allow-origin': 'https://evil.example' },
        body: JSON.stringify({ count, event, greeting: process.env.GREETING }),
      };
  }
};
