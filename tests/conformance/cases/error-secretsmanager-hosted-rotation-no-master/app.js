// Conformance case 'error-secretsmanager-hosted-rotation-no-master': a multi-user hosted rotation
// without its master secret (an error without a construct path).
// Upstream: aws-secretsmanager/test/rotation-schedule.test.ts 'throws with multi user without master secret'.
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new secretsmanager.Secret(stack, 'Secret');
secret.addRotationSchedule('Rotation', { hostedRotation: secretsmanager.HostedRotation.mysqlMultiUser({}) });
app.synth();
