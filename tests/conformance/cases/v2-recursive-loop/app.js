// Conformance case 'v2-recursive-loop': v2: recursiveLoop ALLOW and TERMINATE
// Ported from aws-cdk: function.test.ts, its recursiveLoop tests; Function props recursiveLoop (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'AllowFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  recursiveLoop: lambda.RecursiveLoop.ALLOW,
});

new lambda.Function(stack, 'TerminateFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
});

app.synth();
