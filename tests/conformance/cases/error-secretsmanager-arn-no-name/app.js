// Conformance case 'error-secretsmanager-arn-no-name': Secret.fromSecretPartialArn of an ARN without a secret name
// Ported from aws-cdk: secret.test.ts 'fromSecretPartialArn - fails when ARN has no secret name'
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
sm.Secret.fromSecretPartialArn(stack, 'Secret', 'arn:aws:secretsmanager:eu-west-1:111111111111:secret');
app.synth();
