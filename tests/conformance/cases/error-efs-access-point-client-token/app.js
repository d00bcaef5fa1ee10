// Conformance case 'error-efs-access-point-client-token': error: addAccessPoint with a clientToken of
// 65 characters (aws-cdk-lib's AccessPoint check: 1 to 64)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', { vpc });
fileSystem.addAccessPoint('MyAccessPoint', { clientToken: 'x'.repeat(65) });
app.synth();
