// Conformance case 'error-core-synth-twice-modified': core synthesis.test.ts's 'calling synth
// multiple times errors if construct tree is mutated': constructs added after a successful
// app.synth() fail the next one, which lists them (by path length; a new construct's children
// are covered by its path; a stack added inside a Stage is not seen, listAllConstructPaths skips
// Stages).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const prod = new cdk.Stack(app, 'PROD-Stack');
new cdk.CfnResource(prod, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });
const stage = new cdk.Stage(app, 'Beta');
new cdk.Stack(stage, 'Inner');
app.synth();

const beta = new cdk.Stack(app, 'BETA-Stack');
new cdk.CfnResource(beta, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });
new cdk.CfnResource(prod, 'Late', { type: 'AWS::CloudFormation::WaitConditionHandle' });
new cdk.Stack(stage, 'Late');
app.synth();
