// Conformance case 'error-secretsmanager-complete-arn-suffix': Secret.fromSecretCompleteArn of an ARN without the 6-character suffix
// Ported from aws-cdk: secret.test.ts 'import by secretCompleteArn - throws if secretCompleteArn is not complete'
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
sm.Secret.fromSecretCompleteArn(stack, 'Secret', 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret');
app.synth();
