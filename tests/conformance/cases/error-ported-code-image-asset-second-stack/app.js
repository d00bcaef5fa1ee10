// Conformance case 'error-ported-code-image-asset-second-stack'
// Upstream: aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAssetImage)
// Ported from aws-cdk: code.test.ts 'fails if asset is bound with a second stack' (literally: the test's stack, ids and props; the
// same error as case error-asset-image-second-stack)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack1');
const asset = lambda.Code.fromAssetImage('docker-handler');
new lambda.Function(stack, 'Fn', { code: asset, handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE });
const stack2 = new cdk.Stack(app, 'Stack2');
new lambda.Function(stack2, 'Fn', { code: asset, handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE });
app.synth();
