// Conformance case 'error-lambda-grant-invoke-cross-env-unnamed-role': fn.grantInvoke(role) where
// the role is in a stack of another account and has no physical name: the Permission's principal
// is the role's ARN, which cannot be referenced across environments (aws-cdk-lib's
// "Cannot use resource ... in a cross-environment fashion" at synth).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const data = new cdk.Stack(app, 'Data', { env: { account: '111111111111', region: 'eu-west-1' } });
const fn = new lambda.Function(data, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  functionName: cdk.PhysicalName.GENERATE_IF_NEEDED,
});
const other = new cdk.Stack(app, 'Other', { env: { account: '222222222222', region: 'eu-west-1' } });
const role = new iam.Role(other, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
fn.grantInvoke(role);
app.synth();
