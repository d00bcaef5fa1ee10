// Conformance case 'integ-lambda-ephemeral-storage-validation': aws-lambda
// test/integ.lambda-ephemeral-storage-validation.ts (ephemeralStorageSize 1024 MiB). Dropped: the IntegTest.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new cdk.Stack(app, 'LambdaEphemeralStorageValidationStack');

// A valid ephemeral storage size (within 512-10240 MiB range).
new lambda.Function(stack, 'LambdaWithEphemeralStorage', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  ephemeralStorageSize: cdk.Size.mebibytes(1024),
});

app.synth();
