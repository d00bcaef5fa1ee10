// Conformance case 'error-ec2-vpc-select-unknown-group-name': vpc.test.ts subnet selection
// "selecting subnets by name fails if the name is unknown".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
vpc.selectSubnets({ subnetGroupName: 'Toot' });
app.synth();
