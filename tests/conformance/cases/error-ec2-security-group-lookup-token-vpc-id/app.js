// Conformance case 'error-ec2-security-group-lookup-token-vpc-id': SecurityGroup.fromLookupByName in
// an imported VPC whose id is a token (security-group.test.ts: throws if vpc id is tokenized).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { account: '1234', region: 'us-east-1' } });
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
  vpcId: cdk.Lazy.string({ produce: () => 'vpc-1234' }),
  availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
});
ec2.SecurityGroup.fromLookupByName(stack, 'stack', 'my-security-group', vpc);
app.synth();
