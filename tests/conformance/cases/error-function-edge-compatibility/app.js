// Conformance case 'error-function-edge-compatibility': function.test.ts 'check edge compatibility
// with env vars that cannot be removed': a variable of the props and one added with removeInEdge;
// the check fails on KEY. The test calls fn._checkEdgeCompatibility(); here, as in ccdk, it runs
// where the current version's edgeArn is resolved (Version.edgeArn's Lazy calls it).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  environment: { KEY: 'value' },
});
fn.addEnvironment('OTHER_KEY', 'other_value', { removeInEdge: true });
stack.resolve(fn.currentVersion.edgeArn);
app.synth();
