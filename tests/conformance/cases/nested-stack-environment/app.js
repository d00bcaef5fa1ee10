// Conformance case 'nested-stack-environment': a NestedStack takes its parent's environment: a
// Vpc in it uses the availability zones of the parent's account and region (aws-cdk-lib's dummy
// values, the lookup reported missing in manifest.json, then the looked-up ones from the context),
// and the asset bucket of its template is the environment's.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App({ context: { 'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] } });
const fresh = new cdk.Stack(app, 'Fresh', { env: { account: '123456789012', region: 'us-east-1' } });
const nestedFresh = new cdk.NestedStack(fresh, 'Network');
new ec2.Vpc(nestedFresh, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
new cdk.CfnOutput(fresh, 'Azs', { value: cdk.Fn.join(',', nestedFresh.availabilityZones) });
const known = new cdk.Stack(app, 'Known', { env: { account: '123456789012', region: 'eu-west-1' } });
const nestedKnown = new cdk.NestedStack(known, 'Network');
const vpc = new ec2.Vpc(nestedKnown, 'Vpc', { maxAzs: 3, natGateways: 0, restrictDefaultSecurityGroup: false });
new cdk.CfnOutput(known, 'VpcId', { value: vpc.vpcId });
app.synth();
