// error: a RotationSchedule's automaticallyAfter above 1000 days
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = lambda.Code.fromInline('exports.handler = async () => 1;');
const rotator = new lambda.Function(stack, 'Rotator', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
const secret = new secretsmanager.Secret(stack, 'Secret');

new secretsmanager.RotationSchedule(stack, 'Rotation', { secret, rotationLambda: rotator, automaticallyAfter: cdk.Duration.days(1001) });
app.synth();
