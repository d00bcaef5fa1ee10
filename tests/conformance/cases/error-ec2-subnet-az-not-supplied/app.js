// Conformance case 'error-ec2-subnet-az-not-supplied': vpc.test.ts subnet selection "Referencing AZ
// throws error when subnet created from subnetId".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const subnet = ec2.Subnet.fromSubnetId(stack, 'subnet1', 'pub-1');
new cdk.CfnOutput(stack, 'Az', { value: subnet.availabilityZone });
app.synth();
