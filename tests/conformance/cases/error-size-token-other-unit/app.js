// Conformance case 'error-size-token-other-unit': error: ephemeralStorageSize of Size.gibibytes(Lazy number)
// (ephemeral storage is written in mebibytes, and a token cannot be converted)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_20_X,
  ephemeralStorageSize: cdk.Size.gibibytes(cdk.Lazy.number({ produce: () => 2 })),
});

app.synth();
