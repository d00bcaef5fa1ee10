// Conformance case 'unit-legacy-nodejs': a NodejsFunction bundled with esbuild in a stack of the
// LegacyStackSynthesizer ('@aws-cdk/core:newStyleStackSynthesis' false): the bundle's asset parameters
// (named after the bundle's hash) and aws:cdk:asset metadata
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stack = new cdk.Stack(app, 'TestStack');
new nodejs.NodejsFunction(stack, 'Function', { entry: 'main.js', handler: 'main', runtime: lambda.Runtime.NODEJS_20_X });
app.synth();
