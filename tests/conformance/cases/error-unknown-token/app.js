// Conformance case 'error-unknown-token': error: a token marker that no token was registered under
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'Forged', { value: 'arn:${Token[TOKEN.999999999]}' });
app.synth();
