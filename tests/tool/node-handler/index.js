// test handler for `ccdk invoke` (tests/tool/run.sh): what the event and the environment ask for
const greeting = require('greeting');
exports.handler = async (event, context) => {
  if (event.fail) throw new TypeError('asked to fail');
  if (event.sleep) await new Promise((r) => setTimeout(r, event.sleep));
  if (event.big) return 'x'.repeat(event.big);
  console.log('log line from the handler');
  return {
    hello: greeting(event.name || 'world'),
    queue: process.env.QUEUE_URL,
    stage: process.env.STAGE,
    requestId: context.awsRequestId,
    remaining: context.getRemainingTimeInMillis() > 0,
    fn: context.functionName,
  };
};
exports.callback = (event, context, cb) => cb(null, { via: 'callback', n: event.n });
