// Conformance case 'error-efs-access-point-client-token-empty': error: new AccessPoint with a
// clientToken of "" (access-point.test.ts: 'throw when client token has a length that is less than 1')
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
new efs.AccessPoint(stack, 'MyAccessPoint', { fileSystem, clientToken: '' });
app.synth();
