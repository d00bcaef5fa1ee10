// Conformance case 'error-secretsmanager-rotation-lambda-and-hosted': a rotation schedule with both
// a rotation function and a hosted rotation.
// Upstream: aws-secretsmanager/test/rotation-schedule.test.ts 'throws when both rotationLambda and hostedRotation are specified'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new secretsmanager.Secret(stack, 'Secret');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
secret.addRotationSchedule('Rotation', {
  rotationLambda: fn,
  hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
});
app.synth();
