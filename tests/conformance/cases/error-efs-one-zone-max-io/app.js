// Conformance case 'error-efs-one-zone-max-io': error: a One Zone file system with performanceMode
// MAX_IO (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'EfsFileSystem', { vpc, oneZone: true, performanceMode: efs.PerformanceMode.MAX_IO });
app.synth();
