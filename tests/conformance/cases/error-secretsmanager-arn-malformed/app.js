// Conformance case 'error-secretsmanager-arn-malformed': Secret.fromSecretPartialArn of a string that is no ARN
// Ported from aws-cdk: secret.test.ts (an ARN that Arn.split rejects)
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
sm.Secret.fromSecretPartialArn(stack, 'Secret', 'my-secret');
app.synth();
