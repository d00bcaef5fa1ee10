// Conformance case 'error-validation-failed': an app run outside the cdk CLI with
// @aws-cdk/core:validateAgainstDefaultRules on (as `cdk init` writes it) and a validator error (a
// stack without resources, F0001) besides a warning (an unused parameter, W2001): aws-cdk-lib writes
// the assembly and its validation-report.json, prints the findings, then throws "Validation failed.
// A copy of this report can be found in: <outdir>/validation-report.json" (app mode unknown: no
// CDK_APP_MODE, no test runner). Under the cdk CLI's context (failSynthOnValidationErrors false) the
// synth succeeds and the assemblies are compared.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
const service = new cdk.Stack(app, 'Service');
new cdk.CfnParameter(service, 'Stage', { type: 'String' });
new lambda.Function(service, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
const empty = new cdk.Stack(app, 'Empty');
new cdk.CfnOutput(empty, 'Note', { value: 'nothing here' });
app.synth();
