// Conformance case 'error-efs-provisioned-without-throughput': error: throughputMode PROVISIONED without provisionedThroughputPerSecond
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'Efs', { vpc, throughputMode: efs.ThroughputMode.PROVISIONED });
app.synth();
