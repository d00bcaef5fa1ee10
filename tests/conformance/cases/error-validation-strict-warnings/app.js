// Conformance case 'error-validation-strict-warnings': @aws-cdk/core:strictCfnValidateErrors on and
// @aws-cdk/core:validateAgainstDefaultRules off: the validator's errors are reported as warnings
// (F0001 of the stack without resources), under the strict-mode preamble, and any warning (W2001 of
// an unused parameter too) fails the synth; app mode "inmemory": the whole report is the error's
// message, with the construct annotations (@aws-cdk/core:annotationsInValidationReport) after the
// validator's findings: the App's (no construct line) and a function's.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    '@aws-cdk/core:strictCfnValidateErrors': true,
    '@aws-cdk/core:appMode': 'inmemory',
    '@aws-cdk/core:annotationsInValidationReport': true,
  },
});
const api = new cdk.Stack(app, 'Api');
new cdk.CfnParameter(api, 'Stage', { type: 'String' });
new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
cdk.Annotations.of(app).addWarning('app warning');
cdk.Annotations.of(api.node.findChild('Handler')).addWarningV2('my:check', 'check the handler');
const empty = new cdk.Stack(app, 'Empty');
new cdk.CfnOutput(empty, 'Note', { value: 'nothing here' });
app.synth();
