// Conformance case 'error-core-physical-name-generate-if-needed-misplaced': PhysicalName.GENERATE_IF_NEEDED
// where no resource name takes it (an environment variable): its marker's resolve throws.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { NAME: cdk.PhysicalName.GENERATE_IF_NEEDED },
});
app.synth();
