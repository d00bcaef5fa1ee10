// Conformance case 'error-validation-failed-inmemory': as error-validation-failed, with the app mode
// "inmemory" (context @aws-cdk/core:appMode, as aws-cdk-lib's own tests run): the error thrown holds
// the whole report (compared line by line): the findings sorted by severity (the error of stack Zzz
// before the warnings of Aaa, although Aaa is validated first), then "A copy of this report can be
// found in: ...".
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: { '@aws-cdk/core:validateAgainstDefaultRules': true, '@aws-cdk/core:appMode': 'inmemory' },
});
const aaa = new cdk.Stack(app, 'Aaa');
new cdk.CfnParameter(aaa, 'Stage', { type: 'String' });
new cdk.CfnParameter(aaa, 'Color', { type: 'String' });
new lambda.Function(aaa, 'Handler', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return "ok"'),
});
const zzz = new cdk.Stack(app, 'Zzz');
new cdk.CfnOutput(zzz, 'Note', { value: 'nothing here' });
app.synth();
