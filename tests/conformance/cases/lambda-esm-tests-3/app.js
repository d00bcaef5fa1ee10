// Conformance case 'lambda-esm-tests-3': FilterCriteria patterns beside event-source-mapping.test.ts's
// 'filter with one pattern' / 'more than one pattern', where JSON.stringify decides the bytes: numbers
// (0, -0, 1e21, 1e-7, 0.1 + 0.2, a large integer), strings with quotes, backslashes, control
// characters, DEL, non-ASCII and U+2028, isEqual(undefined) ([null]), an empty or(), nested objects,
// an empty pattern.
// Ported from aws-cdk: event-source-mapping.test.ts (its filters, at their limits)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const R = lambda.FilterRule;
new lambda.EventSourceMapping(stack, 'test', {
  target: fn,
  eventSourceArn: 'some-arn',
  filters: [
    lambda.FilterCriteria.filter({
      zero: R.isEqual(0),
      negZero: R.isEqual(-0),
      big: R.isEqual(1e21),
      small: R.between(1e-7, 123456789012345680000),
      sum: R.isEqual(0.1 + 0.2),
    }),
    lambda.FilterCriteria.filter({
      body: {
        text: R.isEqual('say "hi" \\ then\ttab\nline\u0001\u007f é ü 中 \u2028 end'),
        prefix: R.beginsWith('</script>'),
        nothing: R.isEqual(undefined),
        none: R.or(),
        deeper: { flag: R.isEqual(false), gone: R.notExists() },
      },
    }),
    lambda.FilterCriteria.filter({}),
  ],
});
app.synth();
