// Conformance case 'unit-function-b-latest-node'
// Upstream: aws-lambda/test/function.test.ts, describe('latest Lambda node runtime'): a function on
// determineLatestNodeRuntime(stack) in a region-agnostic stack and in us-east-1, cn-north-1,
// us-iso-east-1, us-gov-east-1 and the unknown us-fake-1.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
for (const [name, region] of [['RegionAgnostic', undefined], ['Commercial', 'us-east-1'], ['China', 'cn-north-1'],
  ['Adc', 'us-iso-east-1'], ['GovCloud', 'us-gov-east-1'], ['Unsupported', 'us-fake-1']]) {
  const stack = new cdk.Stack(app, name, region ? { env: { region } } : undefined);
  new lambda.Function(stack, 'Lambda', {
    code: lambda.Code.fromInline('foo'),
    handler: 'index.handler',
    runtime: lambda.determineLatestNodeRuntime(stack),
  });
}
app.synth();
