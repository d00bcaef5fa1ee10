// Conformance case 'error-snap-start-ephemeral-storage': error: snapStart with more than 512 MiB of ephemeral storage
// Ported from aws-cdk: function.test.ts, its snapStart ephemeral storage test: Function.configureSnapStart (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_13,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  ephemeralStorageSize: cdk.Size.mebibytes(1024),
});

app.synth();
