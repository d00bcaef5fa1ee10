// Conformance case 'error-ec2-subnet-az-empty': vpc.test.ts subnet selection "Referencing AZ throws
// error when subnet created from attributes without az" (availabilityZone: '').
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const subnet = ec2.Subnet.fromSubnetAttributes(stack, 'subnet1', { subnetId: 'pub-1', availabilityZone: '' });
new cdk.CfnOutput(stack, 'Id', { value: subnet.subnetId });
new cdk.CfnOutput(stack, 'Az', { value: subnet.availabilityZone });
app.synth();
