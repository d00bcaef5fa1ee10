// Conformance case 'webfunction-managed-bucket-shared': three WebFunctions of one stack staging code
// with fromAssetToManagedBucket and the same copy options: one code bucket, one copy function (its
// log group, role and grants made once), a Custom::S3ObjectCopy each; one code object bound to two
// functions (an asset each); exclude patterns in the asset options.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dir = path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const shared = lambda.WebFunctionCode.fromAssetToManagedBucket(dir);
new lambda.WebFunction(stack, 'First', { ...base, code: shared });
new lambda.WebFunction(stack, 'Second', { ...base, code: shared });
new lambda.WebFunction(stack, 'Third', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToManagedBucket(dir, { exclude: ['*.md'] }),
  entryPoint: 'index.mjs',
});

app.synth();
