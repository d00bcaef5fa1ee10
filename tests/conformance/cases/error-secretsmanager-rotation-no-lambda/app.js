// error: addRotationSchedule without a rotationLambda (or hostedRotation)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = lambda.Code.fromInline('exports.handler = async () => 1;');
const rotator = new lambda.Function(stack, 'Rotator', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
const secret = new secretsmanager.Secret(stack, 'Secret');

secret.addRotationSchedule('Rotation', { automaticallyAfter: cdk.Duration.days(7) });
app.synth();
