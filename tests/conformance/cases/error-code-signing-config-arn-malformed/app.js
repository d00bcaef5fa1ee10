// Conformance case 'error-code-signing-config-arn-malformed': error: fail import with malformed code signing config arn
// Ported from aws-cdk: code-signing-config.test.ts 'fail import with malformed code signing config arn'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({});
const stack = new cdk.Stack(app, 'Default');
lambda.CodeSigningConfig.fromCodeSigningConfigArn(stack, 'Imported', 'arn:aws:lambda:::code-signing-config');

app.synth();
