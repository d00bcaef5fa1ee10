// Conformance case 'error-snap-start-runtime': error: snapStart on a runtime without SnapStart (NODEJS_18_X)
// Ported from aws-cdk: function.test.ts, its snapStart runtime test: Function.configureSnapStart (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});

app.synth();
