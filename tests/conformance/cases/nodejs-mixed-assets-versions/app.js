// Conformance case 'nodejs-mixed-assets-versions': NodejsFunctions among plain Code.fromAsset
// functions (the asset manifest lists the assets in construction order), one bundle used by two
// functions (one asset), currentVersion and an alias on a NodejsFunction (the version's hash
// covers the bundle's S3Key), and a NodejsFunction in a second stack.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const rt = lambda.Runtime.NODEJS_20_X;

const first = new nodejs.NodejsFunction(stack, 'First', { entry: 'src/b.ts', runtime: rt });
new lambda.Function(stack, 'Plain', { runtime: rt, handler: 'index.handler', code: lambda.Code.fromAsset(path.join(__dirname, 'plain-handler')) });
new nodejs.NodejsFunction(stack, 'Second', { entry: 'src/a.ts', runtime: rt, memorySize: 512 });
new nodejs.NodejsFunction(stack, 'SameAsFirst', { entry: 'src/b.ts', runtime: rt });
first.currentVersion.addAlias('live');
first.addEnvironment('STAGE', 'prod');

const other = new cdk.Stack(app, 'OtherStack');
new nodejs.NodejsFunction(other, 'Elsewhere', { entry: 'src/a.ts', runtime: rt });

app.synth();
