// Conformance case 'error-iam-oidc-provider-arn-not-oidc': OpenIdConnectProvider.fromOpenIdConnectProviderArn reads the issuer
// with Arn.extractResourceName(arn, 'oidc-provider'), which throws for 'arn:aws:iam::123456789012:role/x'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const provider = iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'Provider', 'arn:aws:iam::123456789012:role/x');
new iam.Role(stack, 'Role', { assumedBy: new iam.OpenIdConnectPrincipal(provider) });
app.synth();
