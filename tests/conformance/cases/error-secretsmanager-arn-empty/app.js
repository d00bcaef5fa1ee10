// Conformance case 'error-secretsmanager-arn-empty': Secret.fromSecretCompleteArn of an empty string
// Ported from aws-cdk: secret.test.ts 'import by attributes - throws if neither complete or partial ARN is provided'
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
sm.Secret.fromSecretCompleteArn(stack, 'Secret', '');
app.synth();
