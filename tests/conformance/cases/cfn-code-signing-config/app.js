// Conformance case 'cfn-code-signing-config': a lambda.CfnCodeSigningConfig (ccdk_lambda_cfn_code_signing_config_new) with its required properties and some optional ones, its own tags sorted with Tags.of()'s
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r = new lambda.CfnCodeSigningConfig(stack, 'Resource1', {
  allowedPublishers: {
    signingProfileVersionArns: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/abc'],
  },
  codeSigningPolicies: {
    untrustedArtifactOnDeployment: 'Enforce',
  },
  description: 'signed code only',
  tags: [
    {
      key: 'team',
      value: 'blue',
    },
    {
      key: 'app',
      value: 'orders',
    },
  ],
});
cdk.Tags.of(r).add('stage', 'prod');
cdk.Tags.of(stack).add('team', 'red');
app.synth();
