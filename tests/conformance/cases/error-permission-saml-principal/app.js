// Conformance case 'error-permission-saml-principal': error: a Lambda permission for a
// SamlPrincipal (its class name in the message). As aws-cdk's function.test.ts
// 'fails if the principal is not a service, account, arn, or organization principal'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const saml = iam.SamlProvider.fromSamlProviderArn(stack, 'Saml', 'arn:aws:iam::123456789012:saml-provider/P');
fn.addPermission('F1', { principal: new iam.SamlPrincipal(saml) });
app.synth();
