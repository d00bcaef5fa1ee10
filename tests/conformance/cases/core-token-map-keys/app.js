// Conformance case 'core-token-map-keys': core: a token as a map key (an environment variable's name)
// resolves to its string, in the template and in currentVersion's hash (where the variables are
// sorted by the unresolved key)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  environment: { [cdk.Lazy.string({ produce: () => 'TABLE_NAME' })]: 'orders', STAGE: 'prod' },
});
fn.currentVersion;
app.synth();
