// Conformance case 'error-ec2-vpc-subnet-filter-bad-ip': SubnetFilter.containsIpAddresses with an
// address that is not one (NetworkUtils.ipToNum's error).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.containsIpAddresses(['10.0.0.300'])] });
app.synth();
