// Conformance case 'vpc-stack-with-env': a Vpc in a stack with an account and region. Its AZs
// come from the context lookup "availability-zones:account=...:region=..." (given here in the
// app's context, as cdk.context.json would give it); maxAzs 2 of the three.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App({
  context: { 'availability-zones:account=123456789012:region=eu-central-1': ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'] },
});
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-central-1' } });
new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, restrictDefaultSecurityGroup: false, natGateways: 1 });
app.synth();
