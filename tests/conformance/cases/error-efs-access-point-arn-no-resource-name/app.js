// Conformance case 'error-efs-access-point-arn-no-resource-name': error:
// AccessPoint.fromAccessPointAttributes with an ARN of no resource name (access-point.ts: "ARN for
// AccessPoint must provide the resource name.")
'use strict';
const cdk = require('aws-cdk-lib');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
efs.AccessPoint.fromAccessPointAttributes(stack, 'Imported', {
  accessPointArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point',
});
app.synth();
