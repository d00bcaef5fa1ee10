// Conformance case 'core-stack-suppress-indentation-context': core: the
// "@aws-cdk/core:suppressTemplateIndentation" context: compact templates (a stack with a function,
// its nested stack, whose template asset is hashed as written), and a stack whose
// suppressTemplateIndentation: false keeps its indentation — stack.test.ts
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { '@aws-cdk/core:suppressTemplateIndentation': true } });
const compact = new cdk.Stack(app, 'Compact');
new lambda.Function(compact, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const nested = new cdk.NestedStack(compact, 'Nested');
new cdk.CfnResource(nested, 'Topic', { type: 'AWS::SNS::Topic' });

const indented = new cdk.Stack(app, 'Indented', { suppressTemplateIndentation: false });
new cdk.CfnResource(indented, 'Topic', { type: 'AWS::SNS::Topic' });

app.synth();
