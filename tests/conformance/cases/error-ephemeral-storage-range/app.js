// Conformance case 'error-ephemeral-storage-range': error: ephemeralStorageSize outside 512 MiB..10 GiB
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  ephemeralStorageSize: cdk.Size.gibibytes(20),
});
app.synth();
