// Conformance case 'error-function-hash-unclassified-property': error: calculateFunctionHash of a function
// with a property override that is neither version-locked nor classified (recognizeVersionProps on)
// Ported from aws-cdk: function-hash.test.ts 'unclassified property throws an error'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { calculateFunctionHash } =
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-lambda', 'lib', 'function-hash.js'));

const THE_RUNTIME = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeVersionProps': true } });
const stack = new cdk.Stack(app, 'Default');
const fn1 = new lambda.Function(stack, 'MyFunction1', {
  runtime: THE_RUNTIME,
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
  handler: 'index.handler',
});
fn1.node.defaultChild.addPropertyOverride('UnclassifiedProp', 'Value');
calculateFunctionHash(fn1);

app.synth();
