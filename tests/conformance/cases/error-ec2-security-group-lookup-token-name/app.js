// Conformance case 'error-ec2-security-group-lookup-token-name': SecurityGroup.fromLookupByName with
// a token name (security-group.test.ts: throws if securityGroupName is tokenized; that test looks the
// token up by id, which error-ec2-security-group-lookup-token-id covers).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { account: '1234', region: 'us-east-1' } });
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', { vpcId: 'vpc-1234', availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'] });
ec2.SecurityGroup.fromLookupByName(stack, 'stack', cdk.Lazy.string({ produce: () => 'my-security-group' }), vpc);
app.synth();
