// Conformance case 'error-secretsmanager-hosted-rotation-security-groups-no-vpc': a hosted rotation
// with security groups but no VPC.
// Upstream: aws-secretsmanager/test/rotation-schedule.test.ts 'throws with security groups and no vpc'.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new secretsmanager.Secret(stack, 'Secret');
const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-12345678');
secret.addRotationSchedule('Rotation', {
  hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser({ securityGroups: [sg] }),
});
app.synth();
