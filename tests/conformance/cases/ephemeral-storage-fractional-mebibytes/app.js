// Conformance case 'ephemeral-storage-fractional-mebibytes': Size.mebibytes(512.5) as a function's
// ephemeralStorageSize. Size's convert() returns the amount itself when the unit is already mebibytes
// (no whole-number check without a rounding), so aws-cdk-lib writes EphemeralStorage.Size 512.5;
// ccdk used to refuse it ("cannot be converted into a whole number"). Found by gen_err.py (de-84).
// A kibibytes amount that is not a whole number of MiB still fails (another unit).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Half', {
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  ephemeralStorageSize: cdk.Size.mebibytes(512.5),
});
new lambda.Function(stack, 'Upper', {
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  ephemeralStorageSize: cdk.Size.mebibytes(10239.75),
});
app.synth();
