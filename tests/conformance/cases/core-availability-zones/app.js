// Conformance case 'core-availability-zones': stack.availabilityZones in an environment-agnostic
// stack (Fn::GetAZs), in a stack with an environment before the CLI has looked them up (aws-cdk-lib's
// dummy values, the lookup reported missing), and with the looked-up value in the context (what
// the CLI passes from cdk.context.json).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { 'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] } });
const agnostic = new cdk.Stack(app, 'Agnostic');
new cdk.CfnOutput(agnostic, 'Azs', { value: cdk.Fn.join(',', agnostic.availabilityZones) });
const fresh = new cdk.Stack(app, 'Fresh', { env: { account: '123456789012', region: 'us-east-1' } });
new cdk.CfnOutput(fresh, 'Azs', { value: cdk.Fn.join(',', fresh.availabilityZones) });
const known = new cdk.Stack(app, 'Known', { env: { account: '123456789012', region: 'eu-west-1' } });
new cdk.CfnOutput(known, 'Azs', { value: cdk.Fn.join(',', known.availabilityZones) });
app.synth();
