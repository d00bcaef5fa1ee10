// Conformance case 'error-cfn-code-signing-config-missing-allowed-publishers': a lambda.CfnCodeSigningConfig without its required allowedPublishers, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnCodeSigningConfig(stack, 'Resource1', {});
app.synth();
