// Conformance case 'error-efs-encryption-flag': error: the expired flag
// @aws-cdk/aws-efs:defaultEncryptionAtRest set in context (to true: any value), read by a FileSystem
// without `encrypted`
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App({ context: { '@aws-cdk/aws-efs:defaultEncryptionAtRest': true } });
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'Efs', { vpc });
app.synth();
