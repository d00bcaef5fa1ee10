// Conformance case 'core-legacy-synthesizer-explicit': a stack given `new LegacyStackSynthesizer()` beside a stack of
// the default synthesizer, one asset in both: the legacy stack's asset parameters and metadata, the default
// stack's asset manifest (the asset staged once); a legacy stack in a Stage (its asset path from the stage's assembly)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const fn = (stack) => new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X, code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')), handler: 'index.handler',
});
fn(new cdk.Stack(app, 'Legacy', { synthesizer: new cdk.LegacyStackSynthesizer() }));
fn(new cdk.Stack(app, 'Default'));
fn(new cdk.Stack(new cdk.Stage(app, 'Beta'), 'InStage', { synthesizer: new cdk.LegacyStackSynthesizer() }));
app.synth();
