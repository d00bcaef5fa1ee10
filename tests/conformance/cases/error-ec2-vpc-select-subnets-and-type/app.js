// Conformance case 'error-ec2-vpc-select-subnets-and-type': a SubnetSelection with explicit subnets
// and a subnetType (reifySelectionDefaults: "Only one of 'subnets,subnetType' ...").
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
vpc.selectSubnets({ subnets: [vpc.publicSubnets[0]], subnetType: ec2.SubnetType.PUBLIC });
app.synth();
